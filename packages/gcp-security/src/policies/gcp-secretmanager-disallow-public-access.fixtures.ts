import { publicGrantFixtures } from "../lib/public-grant.fixtures-kit";

const role = "roles/secretmanager.secretAccessor";
export default publicGrantFixtures(
  {
    member: { type: "gcp:secretmanager/secretIamMember:SecretIamMember", props: { secretId: "db-password", role } },
    binding: { type: "gcp:secretmanager/regionalSecretIamBinding:RegionalSecretIamBinding", props: { secretId: "s", location: "europe-west1", role } },
    policy: { type: "gcp:secretmanager/secretIamPolicy:SecretIamPolicy", props: { secretId: "s" }, role },
    names: {
      pass: "accessor is a service account",
      member: "secret readable by anyone",
      binding: "regional secret readable by any Google account",
      policy: "public policy document",
      unknown: "member unknown during preview",
    },
  },
  [
    {
      name: "a secret is not an IAM grant",
      expect: "not-applicable",
      resource: { type: "gcp:secretmanager/secret:Secret", props: { secretId: "s", replication: { auto: {} } } },
    },
  ],
);
