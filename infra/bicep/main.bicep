// CustomerService.Functions in Azure: a custom-handler function app on the Flex Consumption plan,
// its storage reached by a user-assigned managed identity, Application Insights, Azure
// Communication Services e-mail, and App Service Authentication (Entra ID) for staff routes.
//
// Resource-group scope: `azd up` asks for (or reads AZURE_RESOURCE_GROUP) the group to deploy to;
// `az deployment group create -g <rg> -f infra/bicep/main.bicep -p infra/bicep/main.parameters.json`
// works the same. API versions and property names were checked against the Azure template
// reference; docs/deployment.md lists where.
//
// App settings live in the *AppSettings variables below. tests/.../AppSettingsCoverageTests
// parses this file: every setting the code declares with [AppSetting] (Source = Deployment)
// must be set here, and every name set here must be declared in code or explained there.
targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

@minLength(1)
@maxLength(64)
@description('azd environment name; part of every resource name.')
param environmentName string

@minLength(1)
@description('Region for the function app, storage and monitoring. Must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Flex Consumption runtime version for runtime "custom". Check the regional catalogue: az functionapp list-flexconsumption-runtimes -l <region> --runtime custom. A value the catalogue lacks deploys but the host never starts.')
param functionRuntimeVersion string = '1.0'

@minValue(40)
@maxValue(1000)
@description('Upper bound for scale-out.')
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
@description('Memory per instance (MB).')
param instanceMemoryMB int = 2048

@description('Storage redundancy for tables, queues and blobs.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Entra ID application (client) id of the app registration staff sign in with. Create it first, see docs/deployment.md.')
param staffAuthClientId string

@description('Tenant of that app registration (default: the deployment tenant).')
param staffAuthTenantId string = tenant().tenantId

@secure()
@description('Optional client secret of the app registration; needed only for the browser sign-in redirect (authorization code flow). Bearer tokens are validated without it.')
param staffAuthClientSecret string = ''

@secure()
@minLength(32)
@description('Secret HMAC key (at least 32 characters) for appeal status access codes. Changing it invalidates every status link already sent to applicants.')
param appealsStatusCodeKey string

@description('Organization profile intake uses: mupes-divnogorsk, tatenergosbyt, krc-petrozavodsk or astanaenergosbyt.')
@allowed([ 'mupes-divnogorsk', 'tatenergosbyt', 'krc-petrozavodsk', 'astanaenergosbyt' ])
param appealsOrganization string = 'mupes-divnogorsk'

@description('ACS data location (geography), shared by the e-mail service and the ACS resource.')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param communicationDataLocation string = 'Europe'

@allowed([
  'AzureManaged'
  'CustomerManaged'
])
@description('E-mail sending domain: a free Azure-managed one, or your own (parameter emailCustomDomain).')
param emailDomainManagement string = 'AzureManaged'

@description('Your own sending domain when emailDomainManagement is CustomerManaged.')
param emailCustomDomain string = ''

@description('Link the e-mail domain to ACS. Keep false for a CustomerManaged domain until its DNS records are verified.')
param emailLinkDomain bool = true

@description('Sender mailbox name; the address becomes <name>@<domain>.')
param emailSenderUsername string = 'DoNotReply'

@description('SMS sender of the ACS resource: an E.164 number bought for it or an alphanumeric sender id. Empty: SMS messages stay in the outbox.')
param smsSender string = ''

@description('Public base URL put in front of relative status links in SMS and e-mail texts. Empty: the function app URL.')
param publicBaseUrl string = ''

@secure()
@description('Shared secret (at least 32 characters) of the Event Grid delivery-report webhook (?secret= in the subscription URL, docs/informing.md). Empty: delivery reports are refused.')
param deliveryReportSecret string = ''

@description('Accept only Entra ID authenticated telemetry in Application Insights.')
param appInsightsDisableLocalAuth bool = true

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

var resourceToken = toLower(uniqueString(resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var communicationServiceName = 'acs-${resourceToken}'
// Flex Consumption pulls the deployed package from this container.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

// Built-in role definition ids (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
var roles = {
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

// ---------------------------------------------------------------------------------------------
// Identity, storage and role assignments
// ---------------------------------------------------------------------------------------------

// One user-assigned identity for everything the app touches: host storage, our own storage
// clients, the deployment container and telemetry ingestion. It exists before the app, so its
// role assignments are in place when the host first starts.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${resourceToken}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Data-plane roles at account scope: the host (triggers, leases, timers) and the app (registers,
// timer queues, attachments) use arbitrary tables, queues and containers in this one account.
// Blob Data Contributor includes generateUserDelegationKey, so user-delegation SAS links need no
// Storage Blob Delegator role; it also covers the deployment container. No Owner roles.
resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------------------------------------
// Monitoring
// ---------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    disableLocalAuth: appInsightsDisableLocalAuth
    // Entra ID telemetry ingestion (APPLICATIONINSIGHTS_AUTHENTICATION_STRING) needs Monitoring
    // Metrics Publisher on the component; the module assigns it.
    metricsPublisherPrincipalId: identity.properties.principalId
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------
// Azure Communication Services (e-mail)
// ---------------------------------------------------------------------------------------------

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationServiceName: communicationServiceName
    emailServiceName: 'email-${resourceToken}'
    dataLocation: communicationDataLocation
    domainManagement: emailDomainManagement
    customDomainName: emailCustomDomain
    linkDomain: emailLinkDomain
    senderUsername: emailSenderUsername
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------
// Function app (Flex Consumption, custom handler)
// ---------------------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${resourceToken}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  // azd finds the deployment target of service "api" (azure.yaml) by this tag.
  tags: union(tags, {
    'azd-service-name': 'api'
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    // On Flex Consumption the worker runtime is declared here, not with FUNCTIONS_WORKER_RUNTIME
    // (that app setting is deprecated on this plan).
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'custom'
        version: functionRuntimeVersion
      }
    }
  }
  // The app is created pointing at the package container; make sure it exists first.
  dependsOn: [
    deploymentContainer
  ]
}

// ---------------------------------------------------------------------------------------------
// App settings. Names in environment-variable form (Section__Key).
// ---------------------------------------------------------------------------------------------

// Read by the Functions host and the Azure SDK, not by our code (allow-listed in the test).
var hostAppSettings = {
  // Identity-based host storage: no connection string, no account key.
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
  // Azure.Identity's DefaultAzureCredential / ManagedIdentityCredential pick the user-assigned
  // identity by this variable.
  AZURE_CLIENT_ID: identity.properties.clientId
}

// Staff identity comes from App Service Authentication (authsettingsV2 below); the app trusts
// the X-MS-CLIENT-PRINCIPAL headers only in this mode.
var securityAppSettings = {
  Security__StaffIdentity: 'AppServiceAuthentication'
}

var appealsAppSettings = {
  Appeals__Organization: appealsOrganization
  Appeals__StatusCodeKey: appealsStatusCodeKey
}

// Our own ACS REST clients sign requests with HMAC-SHA256 using the access key (ARCHITECTURE §5).
var communicationAppSettings = {
  Communication__Endpoint: communication.outputs.endpoint
  Communication__AccessKey: listKeys(resourceId('Microsoft.Communication/communicationServices', communicationServiceName), '2023-04-01').primaryKey
  Communication__EmailSender: communication.outputs.senderAddress
  Communication__SmsSender: smsSender
}

// Delivery (docs/informing.md): absolute status links in messages, and the delivery-report webhook's secret.
var informingAppSettings = union({
  Informing__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${functionApp.properties.defaultHostName}' : publicBaseUrl
}, empty(deliveryReportSecret) ? {} : {
  Informing__DeliveryReportSecret: deliveryReportSecret
})

// App Service Authentication reads the client secret from the setting this names.
var staffAuthSecretSettingName = 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
var staffAuthAppSettings = empty(staffAuthClientSecret) ? {} : {
  MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: staffAuthClientSecret
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(hostAppSettings, securityAppSettings, appealsAppSettings, communicationAppSettings, informingAppSettings, staffAuthAppSettings)
  // The host starts as soon as settings land; its storage and telemetry roles must exist first.
  dependsOn: [
    blobDataContributor
    queueDataContributor
    tableDataContributor
    deploymentContainer
  ]
}

// ---------------------------------------------------------------------------------------------
// App Service Authentication (Easy Auth) with Entra ID for staff routes
// ---------------------------------------------------------------------------------------------

// Unauthenticated requests pass through: public intake endpoints stay anonymous and the app
// decides per route whether a staff principal is required. Easy Auth still validates tokens and
// session cookies, injects X-MS-CLIENT-PRINCIPAL for signed-in staff and strips forged copies.
resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
      routes: {
        apiPrefix: '/.auth'
      }
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${staffAuthTenantId}/v2.0'
          clientId: staffAuthClientId
          clientSecretSettingName: empty(staffAuthClientSecret) ? null : staffAuthSecretSettingName
        }
        validation: {
          allowedAudiences: [
            staffAuthClientId
            'api://${staffAuthClientId}'
          ]
        }
      }
    }
    login: {
      // Flex Consumption instances have no shared file system for the file token store.
      tokenStore: {
        enabled: false
      }
    }
  }
  dependsOn: [
    appSettings
  ]
}

// ---------------------------------------------------------------------------------------------
// Outputs (azd stores them in the environment's .env; nothing secret)
// ---------------------------------------------------------------------------------------------

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_APP_NAME string = functionApp.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.properties.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output AZURE_COMMUNICATION_SERVICE_NAME string = communication.outputs.communicationServiceName
output EMAIL_SENDER_ADDRESS string = communication.outputs.senderAddress
output STAFF_AUTH_REDIRECT_URI string = 'https://${functionApp.properties.defaultHostName}/.auth/login/aad/callback'
