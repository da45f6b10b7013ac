/**
 * Fixture resources for the Compute Engine VM and project-metadata policies
 * (`gcp-compute-*.fixtures.ts`): a minimal instance, instance template and project metadata as
 * the gcp provider declares them, so each fixture file states only the settings its cases are
 * about. The type tokens are those of `./compute`.
 */
import type { FixtureResource } from "@rampart/policy-testing";
import { INSTANCE, INSTANCE_TEMPLATE, PROJECT_METADATA, PROJECT_METADATA_ITEM } from "./compute";

/** Props of a minimal VM instance: e2-medium in europe-west1-b, a Debian 12 boot disk, one internal interface. */
const BASE_INSTANCE = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

/**
 * A `gcp:compute/instance:Instance` fixture resource: the minimal instance (e2-medium in
 * europe-west1-b, Debian 12 boot disk, one interface on subnetwork `app` without an external IP)
 * with `extra` set on top (it replaces a base property of the same name).
 */
export function instance(extra: Record<string, unknown> = {}): FixtureResource {
  return { type: INSTANCE, props: { ...BASE_INSTANCE, ...extra } };
}

/**
 * An instance template fixture resource (global `InstanceTemplate` unless `type` says
 * `RegionInstanceTemplate`): machine type e2-small and one Debian 12 disk, with `extra` on top.
 */
export function instanceTemplate(extra: Record<string, unknown> = {}, type: string = INSTANCE_TEMPLATE): FixtureResource {
  return { type, props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12" }], ...extra } };
}

/** A `gcp:compute/projectMetadata:ProjectMetadata` fixture resource with this `metadata` map (or an unknown value). */
export function projectMetadata(metadata: unknown): FixtureResource {
  return { type: PROJECT_METADATA, props: { metadata } };
}

/** A `gcp:compute/projectMetadataItem:ProjectMetadataItem` fixture resource: one project metadata `key` and its `value`. */
export function projectMetadataItem(key: unknown, value: unknown): FixtureResource {
  return { type: PROJECT_METADATA_ITEM, props: { key, value } };
}
