import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as authorization from "@pulumi/azure-native/authorization";
const client = authorization.getClientConfigOutput();
const rg = new resources.ResourceGroup("rg", { tags: { tenant: client.tenantId } });
new storage.StorageAccount("sa", { resourceGroupName: rg.name, location: "eastus", kind: storage.Kind.StorageV2, sku: { name: storage.SkuName.Standard_LRS } });
