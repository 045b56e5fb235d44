// The speaker registry: one entity per real person, organisation or group the article refers to, with every
// way it is referred to. "Jane Doe" = "Ms Doe" = "Doe" = "the Health Secretary" = "she".
import { BODY_WORDS_ALSO_SURNAMES, COMPANY_SUFFIXES, LABOUR_BODY_WORDS } from '../../data/organisation-nouns';
import type { Gender } from '../../data/honorifics';
import { SINGULAR_THEY_NOUNS } from '../../data/pronouns';
import { AGENCY_NAME_WORDS, AGENCY_NOUNS, BUSINESS_NOUNS, FAMILY_NOUNS, NAME_TITLES, PAST_ROLE_MODIFIERS, POSTS_IN_A_BODY, PUBLIC_BODY_WORDS, RANKS, SEAT_TITLES, TITLE_ABBREVIATIONS } from '../../data/titles';
import type { SpeakerKind } from '../types';
import { isAgeWord, isDemonym, isRoleNoun, PROPER_ADJECTIVE, type DescriptionRef, type NameRef, type PronounRef } from './mentions';
import { isShortFirstName, surnameOf } from './full-names';
import { roleHead } from './role-head';

/** The paragraphs of an article's opening, whose unnamed people the next paragraph may name. */
const LEDE_LAST_PARAGRAPH = 1;

export interface Entity {
  key: number;
  kind: SpeakerKind;
  /** Name words without titles ("Jane", "Doe"); empty for an unnamed speaker. */
  nameWords: string[];
  /** The name words normalised (lower case, straight apostrophes), kept beside them for look-ups. */
  normalisedName: string[];
  /** For an unnamed speaker: the fullest description ("Prime Minister's official spokeswoman"). */
  description: string | null;
  aliases: Set<string>;
  /** The aliases normalised (norm), kept beside them so a look-up is one hash, not a pass over every alias. */
  normalisedAliases: Set<string>;
  role: string | null;
  org: string | null;
  gender: Gender;
  /** The role is a mere label before a name (a rank, "Senior author"), which a role beside the name replaces. */
  roleIsLabel?: boolean;
  /** Role nouns and titles it has been called by ("spokeswoman", "health secretary"). */
  heads: Set<string>;
  /** Set when another entity turned out to be the same one. */
  mergedInto: Entity | null;
  /** A bare title with no name yet ("the Health Secretary"): merged into the person it turns out to be. */
  provisionalTitle: boolean;
  /** When it was last mentioned (a running count of mentions), to prefer the one in the reader's mind. */
  lastSeen: number;
  /** Typed organisation only because a lone unknown word spoke ("Doe said"): its own words may show a person. */
  kindGuessed?: boolean;
  /** The paragraph a name first brought it in, for a name met again later in shorter form. */
  namedInParagraph?: number;
  /** The paragraphs that give its name in two words or more: how much of the article is about them. */
  fullyNamedIn?: Set<number>;
  /** An unnamed person the opening describes ("A top regional Federal Reserve official criticized …"), and where. */
  ledeDescription?: number;
}

/** Words for a body of any kind, which name no particular sort of organisation. */
const ANY_BODY_NOUNS = new Set(['organisation', 'organization', 'body']);

/** An acronym of a body opening a title before a name, then the role in lower case ("IDF spokesman"). */
const TITLE_OPENING_ACRONYM = /^(\p{Lu}{2,6})\s+\p{Ll}/u;

/** Whether `words` are the last words of `name` (both normalised). */
function closesName(name: readonly string[], words: readonly string[]): boolean {
  return name.length >= words.length && words.every((w, k) => name[name.length - words.length + k] === w);
}

/** The one entity all of `found` turned out to be, or null when they are several people (or none). */
function soleEntity(found: readonly Entity[]): Entity | null {
  return new Set(found.map(rootOf)).size === 1 ? found[0] : null;
}

/** The entity `e` became after merges. */
export function rootOf(e: Entity): Entity {
  let r = e;
  while (r.mergedInto) r = r.mergedInto;
  return r;
}

const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|ll|d)|me|my|myself)(?![\p{L}'’])/u;

function norm(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Words that make a job an epithet of someone already named ("the veteran winger", "the embattled chairman"). */
const EPITHET_WORDS = new Set(['veteran', 'longtime', 'long-time', 'embattled', 'two-time', 'three-time', 'star', 'rookie', 'celebrated', 'outspoken']);
/** Nouns a writer calls someone already named by, rather than a job that brings a stranger in ("the mogul said"). */
const EPITHET_NOUNS = new Set(['mogul', 'tycoon', 'magnate', 'billionaire', 'millionaire', 'businessman', 'businesswoman', 'frontrunner', 'front-runner', 'incumbent', 'firebrand', 'superstar']);

/** "the Russian leader", "the veteran winger", "the president-elect": a job with one word that marks an epithet. */
function isEpithet(ref: DescriptionRef): boolean {
  if (isDemonym(ref.role)) return true;
  // "the 35-year-old actor", "the 35-year-old Cuban-Guatemalan actor": an age says the writer means someone known.
  const written = ref.text.split(' ');
  if (isAgeWord(written[0].toLowerCase()) && written.length > 1 && written.length <= 3 && isRoleNoun(written[written.length - 1].toLowerCase())) return true;
  const words = ref.role.split(' ');
  if (words.length === 1) return /^[\p{L}]+-elect$/u.test(words[0]) || EPITHET_NOUNS.has(words[0].toLowerCase());
  if (words.length !== 2 || !isRoleNoun(words[1].toLowerCase()) || NAME_TITLES.has(words[1].toLowerCase()) && /^\p{Lu}/u.test(words[1])) return false;
  return PROPER_ADJECTIVE.test(words[0]) || EPITHET_WORDS.has(words[0]);
}

function compatible(a: Gender, b: Gender): boolean {
  return !a || !b || a === b;
}

/** Whether a person can be the one "he" or "she" stands for (their gender unknown, or the pronoun's). */
export function pronounFits(e: Entity, ref: PronounRef): boolean {
  if (ref.target !== 'male' && ref.target !== 'female') return false;
  return e.kind === 'person' && compatible(e.gender, ref.target === 'male' ? 'm' : 'f');
}

/** Whether person `e` can be the one `ref` names (`words`, whose normalised first and last are given). */
function nameFits(e: Entity, words: readonly string[], ref: NameRef, first: string, last: string): boolean {
  if (e.mergedInto || e.kind !== 'person' || !e.nameWords.length || !compatible(e.gender, ref.gender)) return false;
  const name = e.normalisedName;
  const eLast = surnameOf(name);
  if (words.length === 1) {
    return (eLast === last && !(ref.firstNameHonorific && name.length > 1 && name[0] !== first && ref.honorific !== 'lord' && ref.honorific !== 'lady'))
      || (ref.firstNameHonorific && name.length > 1 && name[0] === first);
  }
  return eLast === last && (name.length === 1 || name[0] === first || isShortFirstName(name[0], first));
}

/** Some alias of `e` normalises to `text`. */
function hasAliasNormalised(e: Entity, text: string): boolean {
  return e.normalisedAliases.has(text);
}

/** `e` has been called by `head`, alone or ending a longer title ("health secretary" for "secretary"). */
function hasHead(e: Entity, head: string, spacedHead: string): boolean {
  for (const h of e.heads) if (h === head || h.endsWith(spacedHead)) return true;
  return false;
}

/** `given` is `role` with more words in front, none of them a possessor ("high school math teacher" for "teacher"). */
function isFullerTitle(given: string, role: string): boolean {
  const extra = given.length - role.length;
  if (extra > 1 && norm(given).endsWith(' ' + norm(role)) && !/['’]/.test(given.slice(0, extra))) return true;
  // "Sen." → "Florida senator": the abbreviation spelled out, and the words before it.
  const spelled = TITLE_ABBREVIATIONS.get(norm(role).replace(/\.$/, ''));
  return spelled !== undefined && norm(given).endsWith(' ' + spelled) && !/['’]/.test(given);
}

/**
 * A label before a name that is no title of office: a military or police rank ("Lt. Col.", "Cmdr."), which works
 * like an honorific, a seat in an elected body without portfolio ("Rep.", "Labour MP"), or a description whose head
 * noun is not a title ("Senior author", "Acme executive").
 */
function isMereLabel(role: string): boolean {
  const words = norm(role).replace(/\./g, '').split(' ');
  const cut = words.findIndex((w) => w === 'of' || w === 'for' || w === 'to' || w === 'at');
  const last = words[(cut > 0 ? cut : words.length) - 1];
  return RANKS.has(last) || SEAT_TITLES.has(last) || !NAME_TITLES.has(last);
}

/** A rank and nothing more ("Lt. Gen.", "lieutenant general", "Cmdr."). */
function isRankOnly(role: string): boolean {
  return norm(role).replace(/\./g, '').split(' ').every((w) => RANKS.has(w));
}

/** A seat title with nothing more ("Rep.", "Labour MP"): what an apposition must give to replace it is a post. */
function isSeat(role: string): boolean {
  const words = norm(role).replace(/\./g, '').split(' ');
  return SEAT_TITLES.has(words[words.length - 1]);
}

const POST_IN_A_BODY = new RegExp(`\\b(?:${POSTS_IN_A_BODY.join('|')})\\b`, 'i');

/** A role the person held before ("a former prosecutor", "ex-officer"): it says nothing of what they are now. */
function isPastRole(role: string): boolean {
  const first = /^[\p{L}]+(?:-time)?/u.exec(role.toLowerCase())?.[0] ?? '';
  return PAST_ROLE_MODIFIERS.has(first);
}

export class Registry {
  readonly entities: Entity[] = [];
  /** Subjects in the order they were last mentioned: the end is the most salient. */
  private salience: Entity[] = [];
  private pendingTitle: { entity: Entity; paragraph: number } | null = null;
  /** Who wrote the last statement a sentence mentioned ("The union's letter said" → the union). */
  lastStatementAuthor: Entity | null = null;
  private clock = 0;
  /** Normalised full names and aliases → entities, for exact look-ups. */
  private byKey = new Map<string, Entity[]>();
  /** Normalised last name word → people, for "Mr Doe" and touches; first name word → people, for "Sir Jon". */
  private byLast = new Map<string, Entity[]>();
  private byFirst = new Map<string, Entity[]>();

  private index(map: Map<string, Entity[]>, key: string, e: Entity): void {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  /** The article calls `e` a body ("the label"): a name read as a person's without a person's signs (an honorific, a
   *  gender, a role) is an organisation's. */
  callOrganisation(e: Entity): void {
    const r = rootOf(e);
    if (r.kind !== 'person' || r.gender || r.role || r.nameWords.length > 3) return;
    r.kind = 'organisation';
    r.kindGuessed = false;
  }

  /** "Acme said" after "Acme Corp": the one company whose name is these words and a legal suffix. */
  private companyCalledShort(words: readonly string[]): Entity | null {
    const normalised = words.map(norm);
    const found = this.entities.filter((e) => !e.mergedInto && e.kind === 'organisation' && e.nameWords.length > normalised.length
      && normalised.every((w, k) => e.normalisedName[k] === w)
      && e.normalisedName.slice(normalised.length).every((w) => COMPANY_SUFFIXES.has(w.replace(/\.$/, ''))));
    return found.length === 1 ? found[0] : null;
  }

  /** "George Church, a specialist in genomics technology,": a name of a first name and a body's word ("Church",
   *  "Temple") that the article describes by a person's job is a person's. */
  callPerson(e: Entity): void {
    const r = rootOf(e);
    if (r.kind !== 'organisation' || r.role || r.nameWords.length < 2 || r.nameWords.length > 3) return;
    if (!BODY_WORDS_ALSO_SURNAMES.has(r.normalisedName[r.normalisedName.length - 1])) return; // "Acme Corp", "Whole Foods"
    r.kind = 'person';
    r.kindGuessed = false;
  }

  /** A lone name guessed to be an organisation that speaks of itself as "I" is a person ("“I felt good,” Doe said"):
   *  known as soon as the words are theirs, so a later "he" can stand for them. */
  heardSaying(e: Entity, words: string): void {
    const r = rootOf(e);
    if (!r.kindGuessed || !FIRST_PERSON_SINGULAR.test(words)) return;
    r.kind = 'person';
    r.kindGuessed = false;
  }

  /** Record one more way the article refers to `e`. */
  alias(e: Entity, text: string): void {
    if (isDemonym(text)) return; // "Malawian": many in the article may be; never a way to call one of them
    const r = rootOf(e);
    const key = norm(text);
    r.aliases.add(text);
    r.normalisedAliases.add(key);
    this.index(this.byKey, key, r);
  }

  private setName(e: Entity, words: readonly string[]): void {
    e.nameWords = [...words];
    e.normalisedName = words.map(norm);
    if (!words.length) return;
    this.index(this.byKey, norm(words.join(' ')), e);
    this.index(this.byLast, surnameOf(e.normalisedName), e);
    this.index(this.byFirst, norm(words[0]), e);
  }

  constructor(
    private readonly acronyms: ReadonlyMap<string, string> = new Map(),
    /**
     * Full names written anywhere in the article, by last name ("lopez" → Feliciano Lopez). Asked for only
     * when a lone unknown surname speaks, so it is built then, once.
     */
    private readonly findFullNames: () => ReadonlyMap<string, readonly string[]> = () => new Map(),
  ) {
    // Every organisation the article spells out is known from the start, so "the union" can find it.
    for (const [acronym, name] of acronyms) {
      const e = this.create('organisation');
      this.setName(e, name.split(' '));
      this.alias(e, acronym);
      e.lastSeen = 0;
    }
  }

  private fullNamesFound: ReadonlyMap<string, readonly string[]> | null = null;

  private fullNames(): ReadonlyMap<string, readonly string[]> {
    this.fullNamesFound ??= this.findFullNames();
    return this.fullNamesFound;
  }

  private create(kind: SpeakerKind): Entity {
    const e: Entity = {
      key: this.entities.length, kind, nameWords: [], normalisedName: [], description: null, aliases: new Set(), normalisedAliases: new Set(), role: null, org: null,
      gender: null, heads: new Set(), mergedInto: null, provisionalTitle: false, lastSeen: ++this.clock,
    };
    this.entities.push(e);
    return e;
  }

  private expandOrg(org: string | null): string | null {
    if (!org) return null;
    return this.acronyms.get(org) ?? org;
  }

  /** Find or create the entity a name refers to. */
  fromName(ref: NameRef, paragraph: number, asSubject = false): Entity {
    // Each of two people named together keeps the title or the owner written before their own name.
    for (const member of ref.members ?? []) if (member.title || member.org) this.fromName(member, paragraph);
    let words = ref.words;
    const expansion = words.length === 1 ? this.acronyms.get(words[0]) : undefined;
    if (expansion) words = expansion.split(' ');
    // "another Ohio Republican": a label read as a name, but the article says it is someone else.
    let e = ref.another ? null : this.findByName(words, ref, paragraph);
    // A surname whose full name the article gave outside any subject ("X and Jane Doe won ... / Doe said").
    const fullName = !e && ref.kind === 'person' && words.length === 1 ? this.fullNames().get(norm(words[0])) : undefined;
    if (fullName) words = [...fullName];
    if (!e) {
      // A lone unknown capitalised word that speaks ("Oddsline said") is more often a company than a person,
      // since people are introduced with their full name first.
      const kind = ref.kind === 'person' && words.length === 1 && !ref.honorific && !ref.title && !ref.aged && asSubject ? 'organisation' : ref.kind;
      e = this.create(kind);
      e.namedInParagraph = paragraph;
      if (kind !== ref.kind) e.kindGuessed = true;
      this.setName(e, words);
      if (asSubject && ref.kind === 'person' && !ref.firstNameHonorific && this.pendingTitle && paragraph - this.pendingTitle.paragraph <= 2) {
        // A lead names the role first and the person after ("The minister said ... / Jane Doe appealed ...").
        const title = rootOf(this.pendingTitle.entity);
        this.pendingTitle = null;
        if (title.provisionalTitle) this.merge(e, title);
      }
    } else if (words.length > e.nameWords.length && !(ref.firstNameHonorific && words.length === 1)) {
      this.setName(e, words);
    }
    if (expansion) this.alias(e, ref.words[0]);
    this.alias(e, ref.surface);
    e.lastSeen = ++this.clock;
    if (ref.words.length > 1 && e.kind === 'person') (e.fullyNamedIn ??= new Set()).add(paragraph);
    if (ref.gender && !e.gender) e.gender = ref.gender;
    if (ref.title) {
      // "IDF spokesman Peter Lerner", "BMA chairman Mark Porter": the acronym opening the title is the body.
      const org = this.expandOrg(ref.org ?? TITLE_OPENING_ACRONYM.exec(ref.title)?.[1] ?? null);
      this.giveRole(e, ref.title, org);
      this.absorbUnnamedHolder(e, ref.title, org);
    } else if (ref.org && !e.org && e.kind === 'person') {
      e.org = this.expandOrg(ref.org); // "said Jane Doe of the US Geological Survey"
    }
    return e;
  }

  /** The person a name refers to, when the article has met them already; nothing is registered. */
  knownPerson(ref: NameRef): Entity | null {
    const e = ref.kind === 'person' ? this.findByName(ref.words, ref) : null;
    return e && rootOf(e).kind === 'person' ? rootOf(e) : null;
  }

  /**
   * "Ford and Fry replied": two surnames of people the article names in full, as the pair of them ("Dale Ford and
   * Martha Fry"); null when either is no one's known surname ("Marks and Spencer").
   */
  fromSurnamePair(ref: NameRef, paragraph: number): Entity | null {
    const fullName = (word: string): readonly string[] | null => {
      const people = (this.byLast.get(norm(word)) ?? []).filter((e) => !e.mergedInto && e.kind === 'person' && e.nameWords.length > 1);
      if (people.length === 1) return people[0].nameWords;
      return people.length ? null : this.fullNames().get(norm(word)) ?? null;
    };
    const first = fullName(ref.words[0]);
    const second = fullName(ref.words[2]);
    if (!first || !second) return null;
    return this.fromName({ ...ref, words: [...first, 'and', ...second], surnamePair: false }, paragraph, true);
  }

  /** `paragraph`: where the name is read, when it may be a shorter form of a name given in an earlier one. */
  private findByName(words: readonly string[], ref: NameRef, paragraph?: number): Entity | null {
    const key = norm(words.join(' '));
    const exact = this.byKey.get(key)?.find((e) => !e.mergedInto && e.nameWords.length);
    if (exact) return exact;
    // ("Acme said" is read as a lone name, a person's until it speaks of itself: a known company's short name first.)
    const company = ref.kind === 'organisation' || (words.length === 1 && !ref.honorific && !ref.title) ? this.companyCalledShort(words) : null;
    if (company || ref.kind !== 'person') return company;
    // "Realtor Ghulam said" at a sentence's start: a job, capitalised, before the surname of someone already met.
    if (words.length === 2 && !ref.title && !ref.honorific && isRoleNoun(norm(words[0]))) {
      const known = this.personCalled(words[1]);
      if (known) return known;
    }
    const normalised = words.map(norm);
    const last = surnameOf(normalised);
    const first = norm(words[0]);
    let best: Entity | null = null;
    const fitting: Entity[] = [];
    for (const e of this.byLast.get(last) ?? []) if (nameFits(e, words, ref, first, last)) fitting.push(e);
    for (const e of fitting) if (!best || e.lastSeen >= best.lastSeen) best = e;
    // "Harris said" after "Kamala Harris … Harris …" and her mother "Shyamala Gopalan Harris": the one the article
    // has already called by the surname alone, over another who only shares it (and was named more lately).
    // With none so called yet, the one the article names in full most often: its own subject, over a relative it
    // names once ("Kamala Harris … Kamala Harris was born to … Shyamala Gopalan Harris … Where did Harris live?");
    // between two named as often, the one named last.
    if (words.length === 1 && !ref.honorific && fitting.length > 1) {
      const people = [...new Set(fitting.map(rootOf))].filter((e) => e.kind === 'person' && e.nameWords.length > 1);
      const calledSo = soleEntity(people.filter((e) => hasAliasNormalised(e, key)));
      const named = people.map((e) => [e, e.fullyNamedIn?.size ?? 0] as const).sort((a, b) => b[1] - a[1]);
      if (calledSo) best = calledSo;
      else if (named.length > 1 && named[0][1] > named[1][1]) best = named[0][0];
    }
    if (ref.firstNameHonorific && words.length === 1) {
      for (const e of this.byFirst.get(first) ?? []) if (nameFits(e, words, ref, first, last) && (!best || e.lastSeen >= best.lastSeen)) best = e;
    }
    // "Abu Amer" after "Sadeq Abu Amer" and "Abu Hassan Amer": words that close one person's name are that person,
    // over another whose first and last words they are.
    if (best && normalised.length > 1 && !closesName(best.normalisedName, normalised)) {
      const closing = soleEntity((this.byLast.get(last) ?? []).filter((e) => !e.mergedInto && e.kind === 'person'
        && e.nameWords.length > normalised.length && closesName(e.normalisedName, normalised) && compatible(e.gender, ref.gender)));
      if (closing) best = closing;
    }
    if (!best && !ref.honorific) best = this.onlyPersonNamedFirst(normalised, ref);
    if (!best && normalised.length > 1) best = this.onlyPersonCalledByFirstName(normalised, ref);
    if (!best && normalised.length > 1 && paragraph !== undefined) best = this.onlyPersonNamedLast(normalised, ref, paragraph);
    return best;
  }

  /**
   * Two words or more that close exactly one known person's longer full name, given in an earlier paragraph: a
   * surname of two words written without the given name ("Linda Black Elk ... / Black Elk said"). Within the same
   * paragraph the longer reading is more often a name with a word before it that is no part of it ("said Tuesday
   * Jane Doe", "envoy to Freedonia Li Wei"), which the name alone must not be merged into.
   */
  private onlyPersonNamedLast(words: readonly string[], ref: NameRef, paragraph: number): Entity | null {
    const people = (this.byLast.get(words[words.length - 1]) ?? []).filter((e) => !e.mergedInto && e.kind === 'person'
      && e.namedInParagraph !== undefined && e.namedInParagraph < paragraph
      && e.nameWords.length > words.length && closesName(e.normalisedName, words)
      && compatible(e.gender, ref.gender));
    return soleEntity(people);
  }

  /**
   * Words that open exactly one known person's longer full name and close none: a first-name reference, a surname
   * written first ("Li Wei ... / Li said"), or given names without the surname ("Mary Ann Hale ... / Mary Ann said").
   */
  private onlyPersonNamedFirst(words: readonly string[], ref: NameRef): Entity | null {
    const people = (this.byFirst.get(words[0]) ?? []).filter((e) => !e.mergedInto && e.kind === 'person'
      && e.nameWords.length > words.length && words.every((w, k) => e.normalisedName[k] === w) && compatible(e.gender, ref.gender));
    return soleEntity(people);
  }

  /** "her mother, Fiona, said … / Fiona Parry issued a plea": the one person so far called by this first name alone. */
  private onlyPersonCalledByFirstName(words: readonly string[], ref: NameRef): Entity | null {
    const people = (this.byFirst.get(words[0]) ?? []).filter((e) => !e.mergedInto && e.kind === 'person'
      && e.nameWords.length === 1 && e.normalisedName[0] === words[0] && compatible(e.gender, ref.gender));
    return soleEntity(people);
  }

  /**
   * "The country's ambassador to Ruritania warned … / The country's ambassador to Ruritania Li Wei said": an
   * unnamed speaker described by the same specific role (two words or more) and organisation is this person.
   */
  private absorbUnnamedHolder(e: Entity, title: string, org: string | null): void {
    const role = norm(title);
    if (!role.includes(' ')) return;
    for (const other of this.entities) {
      if (other.mergedInto || other === e || other.nameWords.length || other.kind !== 'person' || !other.role) continue;
      if (norm(other.role) === role && norm(other.org ?? '') === norm(org ?? '')) this.merge(e, other);
    }
  }

  /**
   * `fromApposition`: the role is set off beside the name by commas ("Jane Doe, a surgeon at X,"), the article's
   * own account of what the person does (callers pass only a job: `namesAJob`, not "a mother of two", "a pacifist");
   * it replaces a mere label written before a name, a rank or a description
   * that is no office ("Cmdr. Jane Doe", "Senior author Jane Doe"), never a title of office ("Ambassador Jane Doe").
   */
  giveRole(e: Entity, role: string, org: string | null, fromApposition = false): void {
    if (!role.trim()) return; // a description that names no role ("the group")
    const r = rootOf(e);
    // The role as the article gives it, "former" and the like kept ("former health secretary"); a fuller form of
    // the same title replaces it ("teacher" → "high school math teacher"), but not one that only adds whose
    // it is ("Delhi's Chief Minister": the organisation says that).
    const given = role.trim();
    // A label written before the name says what the person is now; a role they once held does not replace it.
    // A seat ("Rep.") yields only to a post in the body ("ranking member"), not to the lawmaker's trade.
    // A rank alone ("lieutenant general") says little of the job; any role that is more than a rank replaces it.
    const outranks = (fromApposition && r.roleIsLabel && !isPastRole(given) && (!isSeat(r.role ?? '') || POST_IN_A_BODY.test(given)))
      || (r.role !== null && isRankOnly(r.role) && !isRankOnly(given));
    if (!r.role || outranks || isFullerTitle(given, r.role)) {
      r.role = given;
      r.roleIsLabel = !fromApposition && isMereLabel(given);
    }
    if ((!r.org || outranks) && org) r.org = this.expandOrg(org);
    // "the Malawian" later may be any of the Malawians the article quotes: no head to be found by.
    if (isDemonym(role.trim())) return;
    const key = norm(role);
    r.heads.add(key);
    // "Republican Gov." is also "governor"; "Ohio House Speaker" is also "speaker".
    const head = roleHead(key);
    if (isRoleNoun(head)) r.heads.add(head);
  }

  /** Find or create the entity a description refers to. `paragraph` dates a provisional title. */
  fromDescription(ref: DescriptionRef, paragraph: number): Entity | null {
    const head = norm(ref.head);
    if (ref.kind === 'organisation') return this.organisationCalled(ref);
    const relative = this.relativeBySurname(ref);
    if (relative) {
      this.alias(relative, ref.text);
      if (!relative.role) this.giveRole(relative, ref.role, ref.org);
      relative.lastSeen = ++this.clock;
      return relative;
    }
    // "Bishop said" after "Tessa Bishop": a one-word title that is a surname the article uses is that person.
    if (ref.titleOnly && !ref.text.includes(' ') && this.callsSomeone(ref.text)) {
      return this.fromName({ type: 'name', words: [ref.text], honorific: null, gender: null, title: null, org: null, kind: 'person', surface: ref.text, firstNameHonorific: false }, paragraph);
    }
    // "The England forward, 25, said": an epithet with an age is the person in focus, whom the article has named.
    if (ref.aged && ref.definite && ref.kind === 'person') {
      const focus = this.salient('person');
      if (focus?.nameWords.length && compatible(focus.gender, ref.gender)) {
        this.alias(focus, ref.text);
        if (!focus.role && ref.role) this.giveRole(focus, ref.role, ref.org);
        focus.lastSeen = ++this.clock;
        return focus;
      }
    }
    if (ref.definite && !ref.titleOnly && ref.kind === 'person' && isEpithet(ref) && !this.findByHead(head, norm(ref.text))) {
      // "Vladimir Putin … the Russian leader said", "the veteran winger said": an epithet for the person in focus, who
      // is named and has no role yet (a writer varies how they call someone, rather than bring in a stranger so).
      // ("the Malawian": whatever role the person has, where they are from is no other role.)
      const focus = this.salient('person');
      if (focus?.nameWords.length && (!focus.role || isDemonym(ref.role)) && compatible(focus.gender, ref.gender)) {
        this.giveRole(focus, ref.role, ref.org);
        this.alias(focus, ref.text);
        focus.lastSeen = ++this.clock;
        return focus;
      }
    }
    if (ref.definite || ref.titleOnly) {
      // "the spokeswoman" after "the Prime Minister's official spokeswoman"; "the Health Secretary" after a person given that title.
      const known = this.findByHead(ref.titleOnly ? norm(ref.text) : head, norm(ref.text));
      if (known) {
        this.alias(known, ref.text);
        if (ref.text.length > (known.description?.length ?? Infinity) && !known.nameWords.length) known.description = ref.text;
        // "Sen. Marco Rubio … the Florida senator": a fuller form of the title they have (giveRole keeps any other).
        if (ref.role && rootOf(known).role && isFullerTitle(ref.role, rootOf(known).role!)) this.giveRole(known, ref.role, ref.org);
        return known;
      }
      if (ref.titleOnly && ref.gender && !ref.role) {
        // "the woman said": like "she", the last person in focus who can be a woman, when that person has no name. A
        // writer calls someone named in focus by name or "she"; "the woman" then means somebody else, unnamed.
        const fit = this.fromPronoun({ type: 'pronoun', target: ref.gender === 'f' ? 'female' : 'male', surface: ref.text });
        if (!fit || fit.nameWords.length) return null;
        this.alias(fit, ref.text);
        return fit;
      }
      if (ref.titleOnly) {
        // A bare title stands for the person in focus when that person has no other role yet.
        const focus = this.salient('person');
        const ageLike = !ref.role;
        if (focus && (ageLike || !focus.role) && focus.nameWords.length && (ageLike || !this.rivalWithoutRole(focus))) {
          if (!ageLike) this.giveRole(focus, ref.role, ref.org);
          this.alias(focus, ref.text);
          return focus;
        }
      }
    } else if (!ref.another) {
      // "an officer said … an officer said": the article names an unnamed speaker by its description, so one
      // description is one speaker unless the article says it is someone else ("another officer").
      const kind = ref.kind === 'group' ? 'group' : 'person';
      const text = norm(ref.text);
      const same = this.entities.find((e) => !e.mergedInto && e.kind === kind && !e.nameWords.length && e.description && norm(e.description) === text);
      if (same) {
        same.lastSeen = ++this.clock;
        return same;
      }
    }
    const e = this.create(ref.kind === 'group' ? 'group' : 'person');
    e.description = ref.text;
    this.alias(e, ref.text);
    e.gender = ref.gender;
    e.heads.add(ref.titleOnly ? norm(ref.text) : head);
    // An unnamed speaker's role is its description ("official spokeswoman", "protesting teachers").
    e.role = ref.role || null;
    e.org = this.expandOrg(ref.org);
    if (ref.titleOnly) {
      e.provisionalTitle = true;
      this.pendingTitle = { entity: e, paragraph };
    }
    if (!ref.definite && paragraph <= LEDE_LAST_PARAGRAPH && e.kind === 'person') e.ledeDescription = paragraph;
    return e;
  }

  /**
   * "A top regional Federal Reserve official sharply criticized … / Federal Reserve Bank of Kansas City President
   * Thomas M. Hoenig … said": the person an opening describes without a name is the one the next paragraph names,
   * when only one person named there carries every capitalised word of the description in their role or body.
   */
  mergeLedeDescriptions(): void {
    for (const e of this.entities) {
      if (e.mergedInto || e.ledeDescription === undefined || e.nameWords.length || !e.description) continue;
      const proper = e.description.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w)).map(norm);
      if (!proper.length) continue;
      const named = this.entities.filter((n) => !n.mergedInto && n.kind === 'person' && n.nameWords.length > 1
        && n.namedInParagraph !== undefined && n.namedInParagraph >= e.ledeDescription! && n.namedInParagraph <= e.ledeDescription! + 1
        && proper.every((w) => norm(`${n.role ?? ''} ${n.org ?? ''}`).split(/\s+/).includes(w)));
      if (named.length === 1) this.merge(named[0], e);
    }
  }

  /** The document an authorless "the report concludes" names: one speaker per kind of document, named "the report". */
  fromDocument(noun: string, surface: string): Entity {
    const description = `the ${noun}`;
    let e = this.entities.find((d) => !d.mergedInto && d.kind === 'organisation' && !d.nameWords.length && d.description === description);
    if (!e) {
      e = this.create('organisation');
      e.description = description;
      e.heads.add(noun);
    }
    this.alias(e, surface);
    e.lastSeen = ++this.clock;
    return e;
  }

  /**
   * "Travis Doe's mom" in an article that has named Donna Doe: a relative who usually shares the surname, of a
   * person named in full, is the one other person the article names with that surname (none, or several: nobody).
   */
  private relativeBySurname(ref: DescriptionRef): Entity | null {
    if (ref.kind !== 'person' || !ref.org || !FAMILY_NOUNS.has(norm(ref.head))) return null;
    const possessor = norm(ref.org).split(' ');
    if (possessor.length < 2 || !/^\p{Lu}/u.test(ref.org)) return null;
    const found = (this.byLast.get(possessor[possessor.length - 1]) ?? []).map(rootOf).filter((e) =>
      e.kind === 'person' && e.nameWords.length > 1 && e.normalisedName.join(' ') !== possessor.join(' ')
      && compatible(e.gender, ref.gender));
    return soleEntity(found);
  }

  /** "the union" → the organisation most recently named with all those words ("Dock Workers' Union"). */
  private organisationCalled(ref: DescriptionRef): Entity | null {
    const words = norm(ref.text).split(' ');
    let best: Entity | null = null;
    const text = words.join(' ');
    for (const e of this.entities) {
      if (e.mergedInto || e.kind !== 'organisation') continue;
      const name = new Set([...e.normalisedName, ...(e.description ? norm(e.description).split(' ') : [])]);
      // "the group" for the body the article introduced as "The group, Staff Coalition".
      if ((words.every((w) => name.has(w)) || hasAliasNormalised(e, text)) && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    const word = words.length === 1 ? words[0] : null;
    // "The company denied it": a business word stands for the business last mentioned, whatever its name says.
    // ("Indonesian rescuers searched …": a people's adjective opening a sentence, read as a name, is no business.)
    if (word && BUSINESS_NOUNS.has(word)) {
      best = this.lastOrganisation(best, (e) => e.nameWords.length > 0 && !e.normalisedName.some((w) => PUBLIC_BODY_WORDS.has(w))
        && !(e.kindGuessed && e.nameWords.length === 1 && PROPER_ADJECTIVE.test(e.nameWords[0])));
    }
    // "The agency warns …" after "the National Weather Service's Storm Prediction Center": a public body whose name
    // does not hold the word, the one last mentioned.
    if (!best && word && AGENCY_NOUNS.has(word)) {
      best = this.lastOrganisation(best, (e) => e.nameWords.length > 0 && e.normalisedName.some((w) => AGENCY_NAME_WORDS.has(w)));
    }
    // "The Alliance of … said … The organization, which negotiates for the studios, said": a word for any body stands
    // for the organisation last mentioned.
    if (!best && word && ANY_BODY_NOUNS.has(word)) best = this.lastOrganisation(best, (e) => e.nameWords.length > 0);
    // "The Writers Guild of America applauded … the union said": the labour body last mentioned, whether or not its
    // name holds the word (an earlier union, called so before, is not the one meant now).
    if (word === 'union') best = this.lastOrganisation(best, (e) => e.normalisedName.some((w) => LABOUR_BODY_WORDS.has(w)));
    if (!best) {
      // A bare common noun ("the company continued") names nobody the article has introduced: no speaker.
      if (words.length === 1) return null;
      best = this.create('organisation');
      best.description = ref.text;
    }
    this.alias(best, ref.text);
    best.lastSeen = ++this.clock;
    return best;
  }

  /** The organisation last mentioned that `fits`, or `than` when that one was mentioned later (or none fits). */
  private lastOrganisation(than: Entity | null, fits: (e: Entity) => boolean): Entity | null {
    let best = than;
    for (const e of this.entities) {
      if (e.mergedInto || e.kind !== 'organisation' || !fits(e)) continue;
      if (!best || e.lastSeen > best.lastSeen) best = e;
    }
    return best;
  }

  private findByHead(head: string, text: string): Entity | null {
    for (let i = this.salience.length - 1; i >= 0; i--) {
      const e = rootOf(this.salience[i]);
      if (e.heads.has(text) || hasAliasNormalised(e, text)) return e;
    }
    let best: Entity | null = null;
    const spacedHead = ' ' + head;
    for (const e of this.entities) {
      if (e.mergedInto) continue;
      if (!(e.heads.has(text) || hasHead(e, head, spacedHead))) continue;
      if (!best || e.lastSeen > best.lastSeen) best = e;
    }
    if (best) best.lastSeen = ++this.clock;
    return best;
  }

  /** The entity a pronoun stands for: the most recent subject it can agree with, or null. */
  fromPronoun(ref: PronounRef): Entity | null {
    for (let i = this.salience.length - 1; i >= 0; i--) {
      const e = rootOf(this.salience[i]);
      if (ref.target === 'male' || ref.target === 'female') {
        if (!pronounFits(e, ref)) continue;
        if (!e.gender) e.gender = ref.target === 'male' ? 'm' : 'f';
        return e;
      }
      if (ref.target === 'plural' && e.kind !== 'person') return e;
      // "A ministry spokesperson said … They said": the singular "they" of a speaker the article does not name.
      if (ref.target === 'plural' && !e.nameWords.length && !e.gender && [...e.heads].some((h) => SINGULAR_THEY_NOUNS.has(roleHead(h)))) return e;
      if (ref.target === 'thing' && e.kind === 'organisation') return e;
      if (ref.target === 'plural' || ref.target === 'thing') return null; // "they" after a person: no honest referent
    }
    return null;
  }

  /** The organisation the article is talking about now ("its chief executive" is its). */
  organisationInFocus(): Entity | null {
    return this.salient('organisation');
  }

  /**
   * Another named person without a role just behind `focus` in the reader's mind ("Ann Lee and Tom Hill clashed …
   * the Prime Minister said"): the title could be either's, so it is given to neither.
   */
  private rivalWithoutRole(focus: Entity): boolean {
    for (let i = this.salience.length - 1; i >= 0; i--) {
      const e = rootOf(this.salience[i]);
      if (e === focus) continue;
      // "Ann Lee and Tom Hill clashed": two people named together, the other one of whom may hold the title.
      if (e.kind === 'group' && e.normalisedName.includes('and')) return true;
      // Unnamed speakers ("the Labour leader") and bodies are passed over: the title names someone named.
      if (e.kind !== 'person' || !e.nameWords.length) continue;
      return !e.role && compatible(e.gender, focus.gender);
    }
    return false;
  }

  private salient(kind: SpeakerKind): Entity | null {
    for (let i = this.salience.length - 1; i >= 0; i--) {
      const e = rootOf(this.salience[i]);
      if (e.kind === kind) return e;
    }
    return null;
  }

  /** The one person known by this first name or surname (lower case), or null when none or several are. */
  personCalled(word: string): Entity | null {
    const key = norm(word);
    const people = new Set<Entity>();
    for (const e of [...(this.byLast.get(key) ?? []), ...(this.byFirst.get(key) ?? [])]) {
      const r = rootOf(e);
      if (r.kind === 'person' && r.nameWords.length && (norm(r.nameWords[0]) === key || surnameOf(r.normalisedName) === key)) people.add(r);
    }
    if (people.size === 1) return [...people][0];
    // A father and son share "Parata": the one the article has called by that word alone is meant by it.
    const calledSo = [...people].filter((r) => r.normalisedAliases.has(key));
    return calledSo.length === 1 ? calledSo[0] : null;
  }

  /** Whether the article calls someone by this word: a surname or one-word name met so far, or a full name's surname. */
  callsSomeone(word: string): boolean {
    const key = norm(word);
    return (this.byLast.get(key) ?? []).some((e) => !e.mergedInto) || this.fullNames().has(key);
  }

  /** A capitalised word that is a known person's surname or name ("... did not see Doe ...") keeps them in mind. */
  touch(word: string): void {
    const people = this.byLast.get(norm(word));
    if (people) for (const e of people) if (!e.mergedInto) e.lastSeen = ++this.clock;
  }

  /** "… accused Acme Records of …": the first two words of an organisation's name keep it in mind too. */
  touchOrganisation(tokens: readonly { lower: string }[], at: number): void {
    const organisations = this.byFirst.get(norm(tokens[at].lower));
    if (!organisations) return;
    const next = tokens[at + 1] ? norm(tokens[at + 1].lower) : '';
    for (const e of organisations) {
      if (!e.mergedInto && e.kind === 'organisation' && e.normalisedName.length > 1 && e.normalisedName[1] === next) e.lastSeen = ++this.clock;
    }
  }

  /** Mark `e` as the subject just mentioned. */
  focus(e: Entity): void {
    const r = rootOf(e);
    r.lastSeen = ++this.clock;
    const at = this.salience.indexOf(r);
    if (at >= 0) this.salience.splice(at, 1);
    this.salience.push(r);
    if (this.salience.length > 12) this.salience.shift();
  }

  /**
   * Keeps `e` in mind just behind `ahead`, who stays the more salient: the subject of a plain sentence after
   * `ahead`'s reported speech, which a later "he" reaches only when `ahead` cannot be meant (an organisation).
   */
  focusBehind(e: Entity, ahead: Entity): void {
    const r = rootOf(e);
    const a = rootOf(ahead);
    if (r === a) return;
    r.lastSeen = ++this.clock;
    const was = this.salience.indexOf(r);
    if (was >= 0) this.salience.splice(was, 1);
    const at = this.salience.indexOf(a);
    if (at < 0) this.salience.push(r);
    else this.salience.splice(at, 0, r);
    if (this.salience.length > 12) this.salience.shift();
  }

  /** Fold `from` into `into`: names, aliases and role carry over. */
  merge(into: Entity, from: Entity): void {
    const a = rootOf(into);
    const b = rootOf(from);
    if (a === b) return;
    b.mergedInto = a;
    for (const alias of b.aliases) this.alias(a, alias);
    for (const h of b.heads) a.heads.add(h);
    if (!a.role && b.role) { a.role = b.role; a.roleIsLabel = b.roleIsLabel; }
    if (!a.org && b.org) a.org = b.org;
    if (!a.gender && b.gender) a.gender = b.gender;
    if (!a.nameWords.length && b.nameWords.length) this.setName(a, b.nameWords);
    a.provisionalTitle = a.provisionalTitle && b.provisionalTitle;
    this.salience = this.salience.map(rootOf);
  }
}
