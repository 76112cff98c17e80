import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/index.ts';
import { actorOf } from '../../platform/auth/plugin.ts';
import { Forbidden } from '../../platform/errors.ts';
import { people, roleAssignments } from '../../platform/people/schema.ts';
import { personName } from '../../platform/people/queries.ts';
import { can, type Actor } from '../../platform/policy.ts';
import { PROGRAMMES, PROGRAMME_IDS, type ProgrammeId } from './rules.ts';
import { refuseUnlessBody } from './service.ts';

// The people a programme's pickers offer: a member chooses their supporter or mentor from those who hold that
// role in the body (001 §6.1.2, §6.1.3), and the team allocates a reviewer from those who hold the reviewer
// role. Members may not list the body's people otherwise; names only. The rules still refuse anyone barred
// (a declared conflict, the participant's supporter or line manager) when the step is taken.

export const PICKER_ROLES = ['support', 'reviewer'] as const;
export type PickerRole = (typeof PICKER_ROLES)[number];

/** The people holding the programme's support role (supporter or mentor), or the reviewer role, by name. */
export async function programmePeople(db: Tx, actor: Actor, id: ProgrammeId, role: PickerRole) {
  await refuseUnlessBody(db, actor);
  // A member picks their own supporter or mentor; the team picks either, and alone allocates reviewers.
  const allowed = role === 'support' ? can(actor, 'programme.register') || can(actor, 'programme.manage') : can(actor, 'programme.manage');
  if (!allowed) throw new Forbidden(role === 'support' ? 'Only members registering and the Professional Status Team list supporters and mentors.' : 'Only the Professional Status Team allocates reviewers.');
  const held = role === 'support' ? PROGRAMMES[id].supportRole : 'reviewer';
  return db
    .selectDistinct({ id: people.id, name: personName })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.organisationId, actor.organisationId), eq(roleAssignments.role, held), isNull(people.disabledAt)))
    .orderBy(personName);
}

/** The route, added to the programmes' routes by their plugin. */
export function programmePeopleRoute(app: Parameters<FastifyPluginAsyncZod>[0], db: Tx) {
  app.get(
    '/api/orgs/:orgId/programmes/:programmeId/people',
    {
      // The service decides by the role asked for: a member's own supporter or mentor, the team's reviewers.
      config: { access: 'programme.read' },
      schema: {
        tags: ['programmes'],
        summary: "The people holding the programme's supporter or mentor role (role=support, for a member choosing theirs) or the reviewer role (role=reviewer, for the team), by name",
        params: z.object({ orgId: z.uuid('must be an organisation id'), programmeId: z.enum(PROGRAMME_IDS) }),
        querystring: z.strictObject({ role: z.enum(PICKER_ROLES).default('support') }),
        response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
      },
    },
    async (request) => programmePeople(db, actorOf(request), request.params.programmeId, request.query.role),
  );
}
