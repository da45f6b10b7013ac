/**
 * CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0 for gcp-security: every recommendation (id,
 * title, section, assessment status as the benchmark's title gives it), and for those no policy
 * can implement from the @pulumi/gcp resources of a Pulumi program (in-cluster Kubernetes settings,
 * files and kubelet arguments on the nodes), why not. Section 1 (Control Plane Components) has no
 * recommendations of its own: GKE manages the control plane. The source lists no CIS profile
 * levels, so none is given here. Source: see `source` below; no id here is guessed.
 *
 * Which gcp-security policies implement a control is not listed here: the mapping is the pack's
 * reviewed table (`CONTROLS` in ../controls.ts), which a test checks against this catalog.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";

/** CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0: every recommendation, in order (68). */
export const CIS_GKE_1_6_0: FrameworkCatalog = {
  id: "cis-gke-1.6.0",
  framework: "cis-gke",
  version: "1.6.0",
  title: "CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0",
  source:
    "CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0; ids, titles, sections and assessment status as listed in kube-bench's gke-1.6.0 configuration (controlplane.yaml, node.yaml, policies.yaml, managedservices.yaml; master.yaml has no checks) https://github.com/aquasecurity/kube-bench/tree/a73ce378418c71c5861e6963753f50dec3badadf/cfg/gke-1.6.0",
  controls: [
    {
      id: "2.1.1",
      title: "Client certificate authentication should not be used for users",
      section: "2 Control Plane Configuration / 2.1 Authentication and Authorization",
      assessment: "manual",
      notCheckable: "which credentials users authenticate with is in-cluster usage; the cluster setting that stops GKE issuing client certificates is 5.8.1",
    },
    {
      id: "3.1.1",
      title: "Ensure that the proxy kubeconfig file permissions are set to 644 or more restrictive",
      section: "3 Worker Node Security Configuration / 3.1 Worker Node Configuration Files",
      assessment: "manual",
      notCheckable: "file permissions and ownership on the nodes are managed by GKE's node image; no @pulumi/gcp property sets them",
    },
    {
      id: "3.1.2",
      title: "Ensure that the proxy kubeconfig file ownership is set to root:root",
      section: "3 Worker Node Security Configuration / 3.1 Worker Node Configuration Files",
      assessment: "manual",
      notCheckable: "file permissions and ownership on the nodes are managed by GKE's node image; no @pulumi/gcp property sets them",
    },
    {
      id: "3.1.3",
      title: "Ensure that the kubelet configuration file has permissions set to 600",
      section: "3 Worker Node Security Configuration / 3.1 Worker Node Configuration Files",
      assessment: "manual",
      notCheckable: "file permissions and ownership on the nodes are managed by GKE's node image; no @pulumi/gcp property sets them",
    },
    {
      id: "3.1.4",
      title: "Ensure that the kubelet configuration file ownership is set to root:root",
      section: "3 Worker Node Security Configuration / 3.1 Worker Node Configuration Files",
      assessment: "manual",
      notCheckable: "file permissions and ownership on the nodes are managed by GKE's node image; no @pulumi/gcp property sets them",
    },
    {
      id: "3.2.1",
      title: "Ensure that the Anonymous Auth is Not Enabled",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.2",
      title: "Ensure that the --authorization-mode argument is not set to AlwaysAllow",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.3",
      title: "Ensure that a Client CA File is Configured",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.4",
      title: "Ensure that the --read-only-port argument is disabled",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
    },
    {
      id: "3.2.5",
      title: "Ensure that the --streaming-connection-idle-timeout argument is not set to 0",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.6",
      title: "Ensure that the --make-iptables-util-chains argument is set to true",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.7",
      title: "Ensure that the --eventRecordQPS argument is set to 0 or a level which ensures appropriate event capture",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.8",
      title: "Ensure that the --rotate-certificates argument is not present or is set to true",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "3.2.9",
      title: "Ensure that the RotateKubeletServerCertificate argument is set to true",
      section: "3 Worker Node Security Configuration / 3.2 Kubelet",
      assessment: "automated",
      notCheckable: "a kubelet argument or config-file value on the nodes; nodeConfig.kubeletConfig of @pulumi/gcp does not expose it",
    },
    {
      id: "4.1.1",
      title: "Ensure that the cluster-admin role is only used where required",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.2",
      title: "Minimize access to secrets",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.3",
      title: "Minimize wildcard use in Roles and ClusterRoles",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.4",
      title: "Ensure that default service accounts are not actively used",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.5",
      title: "Ensure that Service Account Tokens are only mounted where necessary",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.6",
      title: "Avoid use of system:masters group",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.7",
      title: "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.8",
      title: "Avoid bindings to system:anonymous",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.9",
      title: "Avoid non-default bindings to system:unauthenticated",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.1.10",
      title: "Avoid non-default bindings to system:authenticated",
      section: "4 Kubernetes Policies / 4.1 RBAC and Service Accounts",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.2.1",
      title: "Ensure that the cluster enforces Pod Security Standard Baseline profile or stricter for all namespaces",
      section: "4 Kubernetes Policies / 4.2 Pod Security Standards",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.3.1",
      title: "Ensure that the CNI in use supports Network Policies",
      section: "4 Kubernetes Policies / 4.3 Network Policies and CNI",
      assessment: "manual",
    },
    {
      id: "4.3.2",
      title: "Ensure that all Namespaces have Network Policies defined",
      section: "4 Kubernetes Policies / 4.3 Network Policies and CNI",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.4.1",
      title: "Prefer using secrets as files over secrets as environment variables",
      section: "4 Kubernetes Policies / 4.4 Secrets Management",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.4.2",
      title: "Consider external secret storage",
      section: "4 Kubernetes Policies / 4.4 Secrets Management",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.5.1",
      title: "Configure Image Provenance using ImagePolicyWebhook admission controller",
      section: "4 Kubernetes Policies / 4.5 Extensible Admission Control",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.6.1",
      title: "Create administrative boundaries between resources using namespaces",
      section: "4 Kubernetes Policies / 4.6 General Policies",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.6.2",
      title: "Ensure that the seccomp profile is set to RuntimeDefault in your pod definitions",
      section: "4 Kubernetes Policies / 4.6 General Policies",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.6.3",
      title: "Apply Security Context to Your Pods and Containers",
      section: "4 Kubernetes Policies / 4.6 General Policies",
      assessment: "manual",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "4.6.4",
      title: "The default namespace should not be used",
      section: "4 Kubernetes Policies / 4.6 General Policies",
      assessment: "automated",
      notCheckable:
        "an in-cluster Kubernetes setting (RBAC, pod specs, namespaces, admission), made through the Kubernetes API, not a property of a @pulumi/gcp resource",
    },
    {
      id: "5.1.1",
      title: "Ensure Image Vulnerability Scanning is enabled",
      section: "5 Managed Services / 5.1 Image Registry and Image Scanning",
      assessment: "automated",
      notCheckable:
        "image scanning is turned on by enabling the Container Analysis / Container Scanning API once per project, usually outside the stack being checked, so a stack that does not enable it proves nothing",
    },
    {
      id: "5.1.2",
      title: "Minimize user access to Container Image repositories",
      section: "5 Managed Services / 5.1 Image Registry and Image Scanning",
      assessment: "manual",
      notCheckable:
        "who may read or write the image repositories is IAM on Artifact Registry / Container Registry repositories, a judgement about which users need access rather than a GKE setting",
    },
    {
      id: "5.1.3",
      title: "Minimize cluster access to read-only for Container Image repositories",
      section: "5 Managed Services / 5.1 Image Registry and Image Scanning",
      assessment: "manual",
      notCheckable:
        "whether the nodes' service account has only read access to image repositories depends on IAM grants anywhere in the organization, not on one resource",
    },
    {
      id: "5.1.4",
      title: "Ensure only trusted container images are used",
      section: "5 Managed Services / 5.1 Image Registry and Image Scanning",
      assessment: "manual",
      notCheckable: "which images are trusted is a Binary Authorization policy decision; enforcing Binary Authorization on the cluster is 5.10.4",
    },
    {
      id: "5.2.1",
      title: "Ensure GKE clusters are not running using the Compute Engine default service account",
      section: "5 Managed Services / 5.2 Identity and Access Management (IAM)",
      assessment: "automated",
    },
    {
      id: "5.2.2",
      title: "Prefer using dedicated GCP Service Accounts and Workload Identity",
      section: "5 Managed Services / 5.2 Identity and Access Management (IAM)",
      assessment: "manual",
    },
    {
      id: "5.3.1",
      title: "Ensure Kubernetes Secrets are encrypted using keys managed in Cloud KMS",
      section: "5 Managed Services / 5.3 Cloud Key Management Service (Cloud KMS)",
      assessment: "automated",
    },
    {
      id: "5.4.1",
      title: "Ensure the GKE Metadata Server is Enabled",
      section: "5 Managed Services / 5.4 Node Metadata",
      assessment: "automated",
    },
    {
      id: "5.5.1",
      title: "Ensure Container-Optimized OS (cos_containerd) is used for GKE node images",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.2",
      title: "Ensure Node Auto-Repair is enabled for GKE nodes",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.3",
      title: "Ensure Node Auto-Upgrade is enabled for GKE nodes",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.4",
      title: "When creating New Clusters - Automate GKE version management using Release Channels",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.5",
      title: "Ensure Shielded GKE Nodes are Enabled",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.6",
      title: "Ensure Integrity Monitoring for Shielded GKE Nodes is Enabled",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.5.7",
      title: "Ensure Secure Boot for Shielded GKE Nodes is Enabled",
      section: "5 Managed Services / 5.5 Node Configuration and Maintenance",
      assessment: "automated",
    },
    {
      id: "5.6.1",
      title: "Enable VPC Flow Logs and Intranode Visibility",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "automated",
    },
    {
      id: "5.6.2",
      title: "Ensure use of VPC-native clusters",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "automated",
    },
    {
      id: "5.6.3",
      title: "Ensure Control Plane Authorized Networks is Enabled",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "automated",
    },
    {
      id: "5.6.4",
      title: "Ensure clusters are created with Private Endpoint Enabled and Public Access Disabled",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "manual",
    },
    {
      id: "5.6.5",
      title: "Ensure clusters are created with Private Nodes",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "manual",
    },
    {
      id: "5.6.6",
      title: "Consider firewalling GKE worker nodes",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "manual",
      notCheckable: "which firewall rules the worker nodes need depends on the workloads; no single setting says the nodes are firewalled enough",
    },
    {
      id: "5.6.7",
      title: "Ensure use of Google-managed SSL Certificates",
      section: "5 Managed Services / 5.6 Cluster Networking",
      assessment: "automated",
      notCheckable:
        "Google-managed certificates are requested by Kubernetes Ingress/ManagedCertificate objects in the cluster, not by a @pulumi/gcp GKE resource",
    },
    {
      id: "5.7.1",
      title: "Ensure Logging and Cloud Monitoring is Enabled",
      section: "5 Managed Services / 5.7 Logging",
      assessment: "automated",
    },
    {
      id: "5.7.2",
      title: "Enable Linux auditd logging",
      section: "5 Managed Services / 5.7 Logging",
      assessment: "manual",
      notCheckable: "Linux auditd logging is enabled by a DaemonSet deployed into the cluster, not by a @pulumi/gcp property",
    },
    {
      id: "5.8.1",
      title: "Ensure authentication using Client Certificates is Disabled",
      section: "5 Managed Services / 5.8 Authentication and Authorization",
      assessment: "automated",
    },
    {
      id: "5.8.2",
      title: "Manage Kubernetes RBAC users with Google Groups for GKE",
      section: "5 Managed Services / 5.8 Authentication and Authorization",
      assessment: "manual",
      notCheckable: "which Google Groups get RBAC bindings is in-cluster RBAC (authenticatorGroupsConfig only names the parent group)",
    },
    {
      id: "5.8.3",
      title: "Ensure Legacy Authorization (ABAC) is Disabled",
      section: "5 Managed Services / 5.8 Authentication and Authorization",
      assessment: "automated",
    },
    {
      id: "5.9.1",
      title: "Enable Customer-Managed Encryption Keys (CMEK) for GKE Persistent Disks (PD)",
      section: "5 Managed Services / 5.9 Storage",
      assessment: "manual",
      notCheckable: "persistent disks created by workloads get their key from a Kubernetes StorageClass, not from a @pulumi/gcp GKE resource",
    },
    {
      id: "5.9.2",
      title: "Enable Customer-Managed Encryption Keys (CMEK) for Boot Disks",
      section: "5 Managed Services / 5.9 Storage",
      assessment: "automated",
    },
    {
      id: "5.10.1",
      title: "Ensure Kubernetes Web UI is Disabled",
      section: "5 Managed Services / 5.10 Other Cluster Configurations",
      assessment: "automated",
      notCheckable:
        "GKE no longer offers the Kubernetes Dashboard add-on and @pulumi/gcp 9 has no addonsConfig property for it, so no cluster a Pulumi program creates can enable it",
    },
    {
      id: "5.10.2",
      title: "Ensure that Alpha clusters are not used for production workloads",
      section: "5 Managed Services / 5.10 Other Cluster Configurations",
      assessment: "automated",
    },
    {
      id: "5.10.3",
      title: "Consider GKE Sandbox for running untrusted workloads",
      section: "5 Managed Services / 5.10 Other Cluster Configurations",
      assessment: "manual",
      notCheckable: "whether a workload is untrusted and needs GKE Sandbox is a judgement about the workload, made per pod (runtimeClassName) in the cluster",
    },
    {
      id: "5.10.4",
      title: "Ensure use of Binary Authorization",
      section: "5 Managed Services / 5.10 Other Cluster Configurations",
      assessment: "automated",
    },
    {
      id: "5.10.5",
      title: "Enable Security Posture",
      section: "5 Managed Services / 5.10 Other Cluster Configurations",
      assessment: "manual",
    },
  ],
};
