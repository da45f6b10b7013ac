import * as gcp from "@pulumi/gcp";
const cfg = gcp.organizations.getClientConfigOutput();
const zones = gcp.compute.getZonesOutput();
new gcp.storage.Bucket("data", { location: "US", labels: { project: cfg.project, zone: zones.names[0] } });
