// Continuation: which quotation segment carries on an earlier one, so it keeps that one's speaker.
import { countWords, looksLikeTitle } from './classify';
import { listItemLead } from './list-items';
import { hasSpeechCue } from './speech-cue';

/** Why a segment continues an earlier one. */
export type ContinuationReason = 'paragraph' | 'attribution' | 'follow-on';

/** What the rules need to know about a segment found in the text. */
export interface Segment {
  paragraph: number;
  openAt: number;
  /** Offset of the closing mark, or null when the segment runs to the paragraph end. */
  closeAt: number | null;
  /** Set when the segment runs to the paragraph end because the next paragraph opens with a mark. */
  continuedInNextParagraph: boolean;
  /** A quoted sentence or clause, not words quoted inside the writer's sentence. */
  direct: boolean;
}

/** Longest attribution that may stand between two segments of one quotation ("…," the shadow minister said, "…"). */
const MAX_ATTRIBUTION_WORDS = 10;

/**
 * The segment `later` continues, if any, given the segment just before it (`earlier`, possibly in the
 * previous paragraph) and the paragraph texts. Rules, in order:
 * - paragraph: the earlier paragraph's quotation never closed and this paragraph opens with a mark.
 * - attribution: only a short attribution stands between the two in one paragraph ("…," he said, "…").
 * - follow-on: this paragraph is one whole quotation with no attribution of its own, and the previous
 *   paragraph ended on a quotation and its attribution ("…," he said. ¶ "…").
 */
export function continuationOf(
  earlier: Segment | undefined,
  later: Segment,
  paragraphs: readonly string[],
): ContinuationReason | null {
  if (!earlier) return null;
  if (earlier.paragraph === later.paragraph - 1) {
    const laterText = paragraphs[later.paragraph];
    if (earlier.continuedInNextParagraph && later.openAt === listItemLead(laterText)) return 'paragraph';
    // A paragraph that is only a quoted title is a subhead naming a work, not more of the quotation.
    if (earlier.closeAt !== null && isWholeParagraph(later, laterText) && !isQuotedTitle(later, laterText)) {
      const text = paragraphs[earlier.paragraph];
      const tail = text.slice(earlier.closeAt + 1);
      const tailWords = countWords(tail, MAX_ATTRIBUTION_WORDS);
      if (tailWords > MAX_ATTRIBUTION_WORDS) return null;
      if (tailWords > 0 ? hasSpeechCue(tail) : earlier.openAt === listItemLead(text) || hasSpeechCue(text.slice(0, earlier.openAt))) {
        return 'follow-on';
      }
    }
    return null;
  }
  // Only a quoted sentence is broken by "he said": after 'should "back off", adding: "…"' a new quotation starts.
  if (earlier.paragraph !== later.paragraph || earlier.closeAt === null || !earlier.direct) return null;
  const gap = paragraphs[later.paragraph].slice(earlier.closeAt + 1, later.openAt);
  if (countWords(gap, MAX_ATTRIBUTION_WORDS) > MAX_ATTRIBUTION_WORDS || !hasSpeechCue(gap)) return null;
  if (gap.includes(':')) return null; // '…," she said, and he said: "…"': a colon opens a new quotation
  // The attribution is a clause of its own, closed by punctuation: '…," he said, "…' / '…," he said. "…', or by a
  // quoted title's closing mark: '…," she wrote in "Hard Years." "…"' (not '…," she said, while critics called it "…"').
  if (!/[,.;!?\u2026\u2014\u2013][\u201D"]?\s*$/.test(gap)) return null;
  // A segment followed by its own attribution is a new quotation: "'Yes,' she said. 'No,' he replied."
  if (later.closeAt !== null && hasSpeechCue(clauseAfter(paragraphs[later.paragraph], later.closeAt + 1))) return null;
  return 'attribution';
}

/** The text after a closing mark up to the end of its sentence, at most a short clause's worth. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 80);
  const end = rest.search(/[.!?](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

function isQuotedTitle(segment: Segment, text: string): boolean {
  return segment.closeAt !== null && looksLikeTitle(text.slice(segment.openAt + 1, segment.closeAt).trim());
}

/** The paragraph is one quotation: opened at its start, closed at its end (trailing punctuation aside). */
function isWholeParagraph(segment: Segment, text: string): boolean {
  if (segment.openAt !== 0) return false;
  if (segment.closeAt === null) return true;
  return /^[\s.,;:!?]*$/.test(text.slice(segment.closeAt + 1));
}
