#!/usr/bin/env python3
"""Writes the example stack exports (deployment version 3) of a small Google Cloud web application:
gcp-compliant/stack.json and gcp-insecure/stack.json, for the gcp-security pack. Run from this
folder; the JSON files are committed, this script documents how they were made and keeps the two
in step. Property names are the @pulumi/gcp 9 input names (outputs add what the provider computes)."""
from stack_export import Stack, write_pair

GCP_PROJECT, PROJECT_NUMBER, REGION, ZONE = "acme-web-prod", "412345678901", "europe-west1", "europe-west1-b"
S = Stack("prod", "gcp-webapp", "gcp", "9.37.0", "0d6a3c52-1f0e-4b8a-9c77-5e2d4f1a8b90", created="2026-11-20T10:02:11.318Z",
          output_defaults={"project": GCP_PROJECT})
res = S.res
SELF = f"https://www.googleapis.com/compute/v1/projects/{GCP_PROJECT}"
KMS_KEY = f"projects/{GCP_PROJECT}/locations/{REGION}/keyRings/platform/cryptoKeys/disks"
GCS_KEY = f"projects/{GCP_PROJECT}/locations/europe/keyRings/platform/cryptoKeys/storage"
LABELS = {"app": "webapp", "env": "prod", "owner": "platform-team", "cost-center": "cc-1042"}
DEFAULT_SA = f"{PROJECT_NUMBER}-compute@developer.gserviceaccount.com"


def build(secure):
    R = [S.stack_record({"url": "https://shop.example.com"}, "2026-11-20T10:01:40.112Z"),
         S.provider_record({"project": GCP_PROJECT, "region": REGION, "version": "9.37.0"}, "2026-11-20T10:01:41.005Z")]

    # Network, subnet, firewall rules.
    NET = ("gcp:compute/network:Network", "vpc")
    net_name = "web-vpc" if secure else "default"
    R.append(res(*NET, f"projects/{GCP_PROJECT}/global/networks/{net_name}",
                 {"name": net_name, "autoCreateSubnetworks": False} if secure else {"name": net_name, "autoCreateSubnetworks": True},
                 {"selfLink": f"{SELF}/global/networks/{net_name}", "routingMode": "REGIONAL", "mtu": 1460}))
    SUB = ("gcp:compute/subnetwork:Subnetwork", "web")
    sub_in = {"name": "web", "network": f"{SELF}/global/networks/{net_name}", "region": REGION, "ipCidrRange": "10.10.0.0/24"}
    if secure:
        sub_in.update({"privateIpGoogleAccess": True,
                       "logConfig": {"aggregationInterval": "INTERVAL_5_SEC", "flowSampling": 1, "metadata": "INCLUDE_ALL_METADATA"}})
    R.append(res(*SUB, f"projects/{GCP_PROJECT}/regions/{REGION}/subnetworks/web", sub_in,
                 {"selfLink": f"{SELF}/regions/{REGION}/subnetworks/web", "gatewayAddress": "10.10.0.1", "purpose": "PRIVATE",
                  "privateIpGoogleAccess": sub_in.get("privateIpGoogleAccess", False)}, deps=[NET], pdeps={"network": [NET]}))
    def fw(n, inputs):
        base = {"name": n, "network": f"{SELF}/global/networks/{net_name}", "direction": "INGRESS", "priority": 1000}
        if secure:
            base["logConfig"] = {"metadata": "INCLUDE_ALL_METADATA"}
        base.update(inputs)
        R.append(res("gcp:compute/firewall:Firewall", n, f"projects/{GCP_PROJECT}/global/firewalls/{n}", base,
                     {"selfLink": f"{SELF}/global/firewalls/{n}", "disabled": False}, deps=[NET], pdeps={"network": [NET]}))
    fw("allow-https", {"sourceRanges": ["0.0.0.0/0"], "targetTags": ["web"], "allows": [{"protocol": "tcp", "ports": ["443"]}]})
    if secure:
        fw("allow-iap-ssh", {"sourceRanges": ["35.235.240.0/20"], "targetTags": ["web"], "allows": [{"protocol": "tcp", "ports": ["22"]}]})
    else:
        fw("allow-admin", {"sourceRanges": ["0.0.0.0/0"], "allows": [{"protocol": "tcp", "ports": ["22", "3389"]}]})
        fw("allow-all-internal-and-more", {"sourceRanges": ["10.0.0.0/8", "0.0.0.0/0"], "allows": [{"protocol": "all"}]})

    # Service account for the VMs (the insecure stack uses the Compute Engine default one and a key).
    SA = ("gcp:serviceaccount/account:Account", "web")
    sa_email = f"web-vm@{GCP_PROJECT}.iam.gserviceaccount.com"
    R.append(res(*SA, f"projects/{GCP_PROJECT}/serviceAccounts/{sa_email}", {"accountId": "web-vm", "displayName": "Web VMs"},
                 {"email": sa_email, "member": f"serviceAccount:{sa_email}", "uniqueId": "109876543210987654321"}))
    if not secure:
        R.append(res("gcp:serviceaccount/key:Key", "web-key", f"projects/{GCP_PROJECT}/serviceAccounts/{sa_email}/keys/3f1c9e0a7b",
                     {"serviceAccountId": sa_email, "publicKeyType": "TYPE_X509_PEM_FILE"},
                     {"keyAlgorithm": "KEY_ALG_RSA_2048", "validAfter": "2026-11-20T10:02:30Z"}, deps=[SA], pdeps={"serviceAccountId": [SA]}))

    # Project metadata (OS Login).
    if secure:
        R.append(res("gcp:compute/projectMetadata:ProjectMetadata", "project-metadata", GCP_PROJECT,
                     {"metadata": {"enable-oslogin": "TRUE"}}))
    else:
        R.append(res("gcp:compute/projectMetadataItem:ProjectMetadataItem", "oslogin", "enable-oslogin",
                     {"key": "enable-oslogin", "value": "FALSE"}))

    # The VM and its template.
    boot = {"initializeParams": {"image": "debian-cloud/debian-12", "size": 20, "type": "pd-balanced"}}
    nic = {"subnetwork": f"{SELF}/regions/{REGION}/subnetworks/web"}
    if secure:
        boot["kmsKeySelfLink"] = KMS_KEY
        vm = {"name": "web-1", "zone": ZONE, "machineType": "n2d-standard-2", "tags": ["web"], "labels": LABELS,
              "bootDisk": boot, "networkInterfaces": [nic],
              "serviceAccount": {"email": sa_email, "scopes": ["https://www.googleapis.com/auth/cloud-platform"]},
              "metadata": {"block-project-ssh-keys": "TRUE"},
              "shieldedInstanceConfig": {"enableSecureBoot": True, "enableVtpm": True, "enableIntegrityMonitoring": True},
              "confidentialInstanceConfig": {"confidentialInstanceType": "SEV"},
              "scheduling": {"onHostMaintenance": "TERMINATE"}}
    else:
        vm = {"name": "web-1", "zone": ZONE, "machineType": "e2-standard-2", "tags": ["web"],
              "bootDisk": boot, "networkInterfaces": [dict(nic, accessConfigs=[{"networkTier": "PREMIUM"}])],
              "serviceAccount": {"email": DEFAULT_SA, "scopes": ["cloud-platform"]},
              "metadata": {"serial-port-enable": "TRUE"}, "canIpForward": True}
    R.append(res("gcp:compute/instance:Instance", "web-1", f"projects/{GCP_PROJECT}/zones/{ZONE}/instances/web-1", vm,
                 {"instanceId": "5512345678901234567", "selfLink": f"{SELF}/zones/{ZONE}/instances/web-1", "cpuPlatform": "AMD Rome"},
                 deps=[SUB, SA], pdeps={"networkInterfaces": [SUB], "serviceAccount": [SA]}))
    tmpl = {"namePrefix": "web-", "machineType": vm["machineType"], "region": REGION, "tags": ["web"],
            "disks": [{"sourceImage": "debian-cloud/debian-12", "boot": True, "autoDelete": True, "diskSizeGb": 20}],
            "networkInterfaces": vm["networkInterfaces"], "serviceAccount": vm["serviceAccount"], "metadata": vm["metadata"]}
    if secure:
        tmpl["disks"][0]["diskEncryptionKey"] = {"kmsKeySelfLink": KMS_KEY}
        tmpl.update({"shieldedInstanceConfig": vm["shieldedInstanceConfig"], "confidentialInstanceConfig": vm["confidentialInstanceConfig"],
                     "scheduling": vm["scheduling"], "labels": LABELS})
    R.append(res("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate", "web-template",
                 f"projects/{GCP_PROJECT}/regions/{REGION}/instanceTemplates/web-20261120100212", tmpl,
                 {"name": "web-20261120100212", "selfLink": f"{SELF}/regions/{REGION}/instanceTemplates/web-20261120100212"},
                 deps=[SUB, SA], pdeps={"networkInterfaces": [SUB], "serviceAccount": [SA]}))
    if secure:
        R.append(res("gcp:compute/disk:Disk", "data", f"projects/{GCP_PROJECT}/zones/{ZONE}/disks/web-data",
                     {"name": "web-data", "zone": ZONE, "size": 100, "type": "pd-ssd", "labels": LABELS, "diskEncryptionKey": {"kmsKeySelfLink": KMS_KEY}},
                     {"selfLink": f"{SELF}/zones/{ZONE}/disks/web-data"}))
    else:
        R.append(res("gcp:compute/disk:Disk", "data", f"projects/{GCP_PROJECT}/zones/{ZONE}/disks/web-data",
                     {"name": "web-data", "zone": ZONE, "size": 100, "type": "pd-ssd"}, {"selfLink": f"{SELF}/zones/{ZONE}/disks/web-data"}))

    # HTTPS load balancer pieces.
    SSL = ("gcp:compute/sSLPolicy:SSLPolicy", "tls")
    R.append(res(*SSL, f"projects/{GCP_PROJECT}/global/sslPolicies/web-tls",
                 {"name": "web-tls", "profile": "MODERN", "minTlsVersion": "TLS_1_2"} if secure else {"name": "web-tls"},
                 {"selfLink": f"{SELF}/global/sslPolicies/web-tls", "fingerprint": "aX9c2Qv1bE0="}))
    BE = ("gcp:compute/backendService:BackendService", "web-backend")
    be = {"name": "web-backend", "protocol": "HTTPS", "loadBalancingScheme": "EXTERNAL_MANAGED", "portName": "https", "timeoutSec": 30}
    if secure:
        be["logConfig"] = {"enable": True, "sampleRate": 1}
        be["securityPolicy"] = f"{SELF}/global/securityPolicies/web-waf"
    R.append(res(*BE, f"projects/{GCP_PROJECT}/global/backendServices/web-backend", be, {"selfLink": f"{SELF}/global/backendServices/web-backend"}))
    proxy = {"name": "web-https", "urlMap": f"{SELF}/global/urlMaps/web", "sslCertificates": [f"{SELF}/global/sslCertificates/web-cert"]}
    if secure:
        proxy["sslPolicy"] = f"{SELF}/global/sslPolicies/web-tls"
    R.append(res("gcp:compute/targetHttpsProxy:TargetHttpsProxy", "web-https", f"projects/{GCP_PROJECT}/global/targetHttpsProxies/web-https", proxy,
                 {"selfLink": f"{SELF}/global/targetHttpsProxies/web-https"}, deps=[SSL] if secure else [], pdeps={"sslPolicy": [SSL]} if secure else None))

    # Cloud Storage: an assets bucket and (compliant) its access-log bucket.
    ASSETS = ("gcp:storage/bucket:Bucket", "assets")
    assets = {"name": "acme-web-assets", "location": "EU", "storageClass": "STANDARD", "forceDestroy": False}
    if secure:
        assets.update({"encryption": {"defaultKmsKeyName": GCS_KEY}, "uniformBucketLevelAccess": True, "publicAccessPrevention": "enforced", "versioning": {"enabled": True},
                       "logging": {"logBucket": "acme-web-access-logs"}, "labels": LABELS,
                       "lifecycleRules": [{"action": {"type": "Delete"}, "condition": {"daysSinceNoncurrentTime": 30}}]})
        R.append(res("gcp:storage/bucket:Bucket", "access-logs", "acme-web-access-logs",
                     {"name": "acme-web-access-logs", "location": "EU", "encryption": {"defaultKmsKeyName": GCS_KEY}, "uniformBucketLevelAccess": True, "publicAccessPrevention": "enforced",
                      "versioning": {"enabled": True}, "labels": LABELS,
                      "lifecycleRules": [{"action": {"type": "Delete"}, "condition": {"age": 365}}]},
                     {"url": "gs://acme-web-access-logs", "selfLink": "https://www.googleapis.com/storage/v1/b/acme-web-access-logs"}))
    R.append(res(*ASSETS, "acme-web-assets", assets,
                 {"url": "gs://acme-web-assets", "selfLink": "https://www.googleapis.com/storage/v1/b/acme-web-assets",
                  "uniformBucketLevelAccess": assets.get("uniformBucketLevelAccess", False), "publicAccessPrevention": assets.get("publicAccessPrevention", "inherited")}))
    member = "group:web-editors@example.com" if secure else "allUsers"
    R.append(res("gcp:storage/bucketIAMMember:BucketIAMMember", "assets-viewer", f"b/acme-web-assets/roles/storage.objectViewer/{member}",
                 {"bucket": "acme-web-assets", "role": "roles/storage.objectViewer", "member": member}, {"etag": "CAE="},
                 deps=[ASSETS], pdeps={"bucket": [ASSETS]}))
    if not secure:
        R.append(res("gcp:storage/defaultObjectACL:DefaultObjectACL", "assets-default-acl", "acme-web-assets",
                     {"bucket": "acme-web-assets", "roleEntities": [f"OWNER:project-owners-{PROJECT_NUMBER}", "READER:allUsers"]},
                     deps=[ASSETS], pdeps={"bucket": [ASSETS]}))

    # Project IAM.
    def pm(n, role, m):
        R.append(res("gcp:projects/iAMMember:IAMMember", n, f"{GCP_PROJECT}/{role}/{m}", {"project": GCP_PROJECT, "role": role, "member": m}, {"etag": "BwYj2xQ="}))
    pm("vm-log-writer", "roles/logging.logWriter", f"serviceAccount:{sa_email}")
    if secure:
        pm("ops-compute-admin", "roles/compute.instanceAdmin.v1", "group:platform-ops@example.com")
    else:
        pm("owner-contractor", "roles/owner", "user:web.contractor@gmail.com")
        pm("deployers-sa-user", "roles/iam.serviceAccountUser", "group:deployers@example.com")
        pm("default-sa-editor", "roles/editor", f"serviceAccount:{DEFAULT_SA}")

    # An API key for the storefront's maps widget.
    key = {"name": "storefront-maps", "displayName": "Storefront maps"}
    if secure:
        key["restrictions"] = {"apiTargets": [{"service": "maps-backend.googleapis.com"}],
                               "browserKeyRestrictions": {"allowedReferrers": ["https://shop.example.com/*"]}}
    R.append(res("gcp:projects/apiKey:ApiKey", "maps-key", f"projects/{GCP_PROJECT}/locations/global/keys/storefront-maps", key,
                 {"uid": "7c1d3e5f-0a2b-4c6d-8e9f-1a2b3c4d5e6f"}))

    return {"version": 3, "deployment": {
        "manifest": {"time": "2026-11-20T10:03:02.771Z",
                     "magic": "8f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e", "version": "v3.200.0"},
        "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:q8Jw3Zb1lXs=:v1:Tk2f9pQm4nVb8cX1:Zy3w9r0Vq1mN7bT5e2a4sD=="}},
        "resources": R}}


write_pair(build, "gcp-compliant", "gcp-insecure")
