// A partner's calls, typed against the typescript-fetch client generated into src/client (GeneratedClientsTest):
// compiled with tsc --strict, not run (the Java client does the round trip against the running stack).
import { ActivitiesApi, ActivityStatus, AuthenticationApi, Configuration, OrganizationsApi } from './client';
import type { Activity, ActivityInputPatch, Organization } from './client';

export async function closeActivity(gateway: string, clientId: string, clientSecret: string, id: string): Promise<Activity> {
    const token = await new AuthenticationApi(new Configuration({ basePath: gateway }))
        .issueToken({ grantType: 'client_credentials', clientId, clientSecret });
    const activities = new ActivitiesApi(new Configuration({ basePath: gateway, accessToken: token.accessToken }));
    const patch: ActivityInputPatch = { status: ActivityStatus.Closed, actualEnd: '2026-06', description: null };
    return activities.patchActivity({ id, activityInputPatch: patch });
}

export async function everyOrganization(gateway: string): Promise<Organization[]> {
    const organizations = new OrganizationsApi(new Configuration({ basePath: gateway }));
    const all: Organization[] = [];
    let cursor: string | null | undefined = undefined;
    do {
        const page = await organizations.listOrganizations({ cursor: cursor ?? undefined, limit: '50' });
        all.push(...page.items);
        cursor = page.nextCursor;
    } while (cursor);
    return all;
}
