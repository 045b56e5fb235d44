// From a phrase to an entity: names by the registry, pronouns by salience, descriptions by their head,
// statements by their author ("The union's letter said" → the union; "The letter also said" → the same author),
// a document nobody is named as writing by itself ("the report concludes").
import { PLAIN_PERSON_NOUNS, SELF_STANDING_DOCUMENTS } from '../../data/titles';
import { namesAJob, type DescriptionRef, type NameRef, type Ref } from './mentions';
import { rootOf, type Entity, type Registry } from './registry';
import { speakerName } from './speakers';

export function resolveRef(
  registry: Registry,
  ref: Ref | null,
  apposition: NameRef | DescriptionRef | null,
  paragraph: number,
  options: { create?: boolean } = {},
): Entity | null {
  if (!ref) return null;
  let entity: Entity | null = null;
  switch (ref.type) {
    case 'name':
      entity = ref.surnamePair ? registry.fromSurnamePair(ref, paragraph) : registry.fromName(ref, paragraph, true);
      break;
    case 'pronoun':
      entity = registry.fromPronoun(ref);
      break;
    case 'description':
      if (options.create === false) return null;
      entity = registry.fromDescription(ref, paragraph);
      // "The group, Staff Coalition, said": a body's common noun that names nothing known yet leads to its name.
      if (!entity && ref.kind === 'organisation' && apposition?.type === 'name') {
        const named = registry.fromName(apposition, paragraph, true);
        registry.callOrganisation(named);
        registry.alias(named, ref.text);
        return rootOf(named);
      }
      break;
    case 'statement': {
      const author = ref.author ? resolveRef(registry, ref.author, null, paragraph, options) : registry.lastStatementAuthor;
      // "the report concludes", with nobody named as its author: the report speaks for itself.
      if (!author && SELF_STANDING_DOCUMENTS.has(ref.noun) && options.create !== false) return registry.fromDocument(ref.noun, ref.surface);
      if (author) {
        registry.lastStatementAuthor = author;
        registry.alias(author, ref.surface);
      }
      return author;
    }
  }
  if (entity && apposition) {
    if (apposition.type === 'description') {
      // A plain word for a person ("the man who found the child, Jane Doe") says nothing of who they are.
      if (PLAIN_PERSON_NOUNS.has(apposition.head)) return rootOf(entity);
      // "The label that owns her music, Big Machine, says": a name the article calls a body is that body.
      if (apposition.kind === 'organisation') registry.callOrganisation(entity);
      else if (apposition.kind === 'person' && ref.type === 'name' && namesAJob(apposition.head)) registry.callPerson(entity);
      const inFocus = apposition.ownedByIt ? registry.organisationInFocus() : null;
      const org = apposition.org ?? (inFocus ? speakerName(rootOf(inFocus)) : null);
      registry.giveRole(entity, apposition.role, org, namesAJob(apposition.head));
      registry.alias(entity, apposition.text);
    } else if (ref.type === 'description') {
      // "The head of the union, Jane Doe, said": the description was the lead; the name is who it is.
      const named = registry.fromName(apposition, paragraph, true);
      registry.merge(named, entity);
      entity = named;
    }
  }
  return entity ? rootOf(entity) : null;
}

