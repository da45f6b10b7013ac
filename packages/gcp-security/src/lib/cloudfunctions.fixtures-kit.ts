/**
 * Fixture resources for the Cloud Functions policies (`gcp-cloudfunctions-*.fixtures.ts`): a
 * 1st gen function (`gcp:cloudfunctions/function:Function`, runtime nodejs20) with an HTTP or an
 * event trigger, and a 2nd gen function (`gcp:cloudfunctionsv2/function:Function`) in
 * europe-west1, so each case states only the settings it is about.
 */
import type { FixtureResource } from "@rampart/policy-testing";

/** 1st gen function type token. */
const V1 = "gcp:cloudfunctions/function:Function";
/** 2nd gen function type token. */
const V2 = "gcp:cloudfunctionsv2/function:Function";

/** A 1st gen HTTP-triggered function (`triggerHttp: true`, runtime nodejs20) with `extra` props on top. */
export function httpFunctionV1(extra: Record<string, unknown> = {}): FixtureResource {
  return { type: V1, props: { runtime: "nodejs20", triggerHttp: true, ...extra } };
}

/** A 1st gen function triggered by an event (`eventTrigger` of `eventType` on `resource`), so it has no HTTP endpoint. */
export function eventFunctionV1(eventType: string, resource: string): FixtureResource {
  return { type: V1, props: { runtime: "nodejs20", eventTrigger: { eventType, resource } } };
}

/** A 1st gen function with exactly `props` besides the runtime (e.g. an unknown `triggerHttp`). */
export function functionV1(props: Record<string, unknown>): FixtureResource {
  return { type: V1, props: { runtime: "nodejs20", ...props } };
}

/** A 2nd gen function in europe-west1 with `extra` props on top (`serviceConfig`, …). */
export function functionV2(extra: Record<string, unknown> = {}): FixtureResource {
  return { type: V2, props: { location: "europe-west1", ...extra } };
}
