import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type MembershipStatus, type NewPerson, type RoleGrant } from '../../api.ts';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { fullName } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { peopleQuery } from './people.tsx';
import { MEMBERSHIP_STATUSES } from './records.tsx';
import { defaultRole, RolesPicker } from './roles.tsx';


export function AddPersonPage() {
  return (
    <Allowed actions={['people.manage']} title="Add a person">
      <AddPerson />
    </Allowed>
  );
}

function AddPerson() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const trust = organisation.kind === 'employer_trust';
  const base = `/orgs/${organisation.id}`;

  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<RoleGrant[]>([defaultRole(organisation)]);
  const [jobRole, setJobRole] = useState('');
  const [academyId, setAcademyId] = useState('');
  const [lineManagerId, setLineManagerId] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [memberNumber, setMemberNumber] = useState('');
  const [status, setStatus] = useState<MembershipStatus>('active');
  const [joinedOn, setJoinedOn] = useState('');
  const [selfEmployed, setSelfEmployed] = useState(false);
  const [conditions, setConditions] = useState('');
  const [invite, setInvite] = useState(true);
  const colleagues = useQuery({ ...peopleQuery(organisation.id, ''), enabled: trust });

  const create = useMutation({
    mutationFn: (body: NewPerson) => api.createPerson(organisation.id, body),
    onSuccess: (person) => {
      void queryClient.invalidateQueries({ queryKey: ['people', organisation.id] });
      queryClient.setQueryData(['person', organisation.id, person.id], person);
      navigate(`${base}/people/${person.id}`, { state: { added: true } });
    },
  });
  const errors = fieldErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const employment =
      trust && (jobRole.trim() || academyId || lineManagerId || startedOn)
        ? { jobRole: jobRole.trim(), academyId: academyId || null, lineManagerId: lineManagerId || null, startedOn: startedOn || null }
        : null;
    const membership =
      !trust && (memberNumber.trim() || joinedOn || conditions.trim() || selfEmployed)
        ? { memberNumber: memberNumber.trim(), status, joinedOn: joinedOn || null, selfEmployed, conditions: conditions.trim() || null }
        : null;
    create.mutate({ givenName: givenName.trim(), familyName: familyName.trim(), email: email.trim(), roles, employment, membership, invite });
  };

  const fields: Record<string, FieldRef> = {
    givenName: { id: 'givenName', label: 'Given name' },
    familyName: { id: 'familyName', label: 'Family name' },
    email: { id: 'email', label: 'Email address' },
    roles: { id: 'roles', label: 'Roles' },
    employment: { id: 'jobRole', label: 'Employment' },
    'employment.jobRole': { id: 'jobRole', label: 'Job role' },
    'employment.academyId': { id: 'academyId', label: 'Academy' },
    'employment.lineManagerId': { id: 'lineManagerId', label: 'Line manager' },
    'employment.startedOn': { id: 'startedOn', label: 'Start date' },
    membership: { id: 'memberNumber', label: 'Membership' },
    'membership.memberNumber': { id: 'memberNumber', label: 'Member number' },
    'membership.status': { id: 'status', label: 'Membership status' },
    'membership.joinedOn': { id: 'joinedOn', label: 'Date joined' },
    'membership.conditions': { id: 'conditions', label: 'Conditions' },
    invite: { id: 'invite', label: 'Invitation' },
  };
  roles.forEach((_, i) => {
    fields[`roles.${i}.role`] = { id: `roles-${i}-role`, label: `Role ${i + 1}:` };
    fields[`roles.${i}.academyId`] = { id: `roles-${i}-scope`, label: `Where role ${i + 1} holds:` };
    fields[`roles.${i}.regionId`] = { id: `roles-${i}-scope`, label: `Where role ${i + 1} holds:` };
  });

  return (
    <Page
      title={`Add a person – ${organisation.name}`}
      heading="Add a person"
      breadcrumbs={
        <>
          <Link to={`${base}/people`}>People</Link> › Add a person
        </>
      }
    >
      <ErrorSummary error={create.error} fields={fields} />
      <form noValidate onSubmit={submit} className="panel">
        <fieldset>
          <legend>Who they are</legend>
          <div className="two-columns">
            <TextField id="givenName" label="Given name" autoComplete="off" value={givenName} onChange={(e) => setGivenName(e.target.value)} error={errors.givenName} />
            <TextField id="familyName" label="Family name" autoComplete="off" value={familyName} onChange={(e) => setFamilyName(e.target.value)} error={errors.familyName} />
          </div>
          <TextField
            id="email"
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
            hint="They sign in with this address. Someone already in Probity keeps their account and password."
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.email}
          />
        </fieldset>

        <RolesPicker id="roles" organisation={organisation} value={roles} onChange={setRoles} errors={errors} />

        {trust ? (
          <fieldset>
            <legend>Employment</legend>
            <p className="hint">Leave the job role empty for someone the trust does not employ.</p>
            <div className="two-columns">
              <TextField id="jobRole" label="Job role" hint="For example, Teacher of English." value={jobRole} onChange={(e) => setJobRole(e.target.value)} error={errors['employment.jobRole'] ?? errors.employment} />
              <SelectField id="academyId" label="Academy" hint="Where they work." value={academyId} onChange={(e) => setAcademyId(e.target.value)} error={errors['employment.academyId']}>
                <option value="">Central team</option>
                {organisation.academies.map((academy) => (
                  <option key={academy.id} value={academy.id}>
                    {academy.name}
                  </option>
                ))}
              </SelectField>
              <SelectField id="lineManagerId" label="Line manager" value={lineManagerId} onChange={(e) => setLineManagerId(e.target.value)} error={errors['employment.lineManagerId']}>
                <option value="">None</option>
                {(colleagues.data ?? []).map((person) => (
                  <option key={person.id} value={person.id}>
                    {fullName(person)} ({person.email})
                  </option>
                ))}
              </SelectField>
              <TextField id="startedOn" label="Start date" type="date" className="input-short" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={errors['employment.startedOn']} />
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>Membership</legend>
            <p className="hint">Leave the member number empty for someone who is not a member, such as staff of the {organisation.kind === 'association' ? 'association' : 'body'}.</p>
            <div className="two-columns">
              <TextField id="memberNumber" label="Member number" value={memberNumber} onChange={(e) => setMemberNumber(e.target.value)} error={errors['membership.memberNumber'] ?? errors.membership} />
              <SelectField id="status" label="Membership status" value={status} onChange={(e) => setStatus(e.target.value as MembershipStatus)} error={errors['membership.status']}>
                {MEMBERSHIP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s.charAt(0).toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </SelectField>
              <TextField id="joinedOn" label="Date joined" type="date" className="input-short" value={joinedOn} onChange={(e) => setJoinedOn(e.target.value)} error={errors['membership.joinedOn']} />
            </div>
            <Checkbox id="selfEmployed" label="Self-employed" checked={selfEmployed} onChange={(e) => setSelfEmployed(e.target.checked)} />
            <TextArea id="conditions" label="Conditions on membership (optional)" value={conditions} onChange={(e) => setConditions(e.target.value)} error={errors['membership.conditions']} />
          </fieldset>
        )}

        <Checkbox
          id="invite"
          label="Email them an invitation to choose a password"
          hint="The invitation link works for 7 days."
          checked={invite}
          onChange={(e) => setInvite(e.target.checked)}
          error={errors.invite}
        />
        <div className="actions">
          <SubmitButton pending={create.isPending} pendingText="Adding">
            Add person
          </SubmitButton>
          <Link to={`${base}/people`}>Cancel</Link>
        </div>
      </form>
    </Page>
  );
}
