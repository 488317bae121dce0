// Azure Communication Services with an Email Communication Service and one sending domain
// linked to it. The app signs ACS requests with HMAC-SHA256 (ARCHITECTURE §5), so main.bicep
// reads the access key with listKeys(); nothing secret leaves this module as an output.
// API versions checked against the Azure template reference (see docs/deployment.md).

@description('ACS resource name (main.bicep computes it so it can reference the resource for listKeys).')
param communicationServiceName string

@description('Email Communication Service name.')
param emailServiceName string

@description('Where ACS stores data at rest; the email service and the ACS resource must use the same geography.')
param dataLocation string

@description('AzureManaged: a free xxxx.azurecomm.net domain, verified at once. CustomerManaged: your own domain, which must pass DNS verification before it can be linked.')
@allowed([
  'AzureManaged'
  'CustomerManaged'
])
param domainManagement string

@description('Your domain (e.g. notify.example.ru) when domainManagement is CustomerManaged; ignored otherwise.')
param customDomainName string

@description('Link the domain to the ACS resource. A customer-managed domain cannot be linked before its DNS records are verified: deploy once with false, verify, then deploy with true.')
param linkDomain bool

@description('Local part of the sender address (DoNotReply@<domain>).')
param senderUsername string

param tags object = {}

// An Azure-managed domain resource must be named exactly "AzureManagedDomain".
var domainName = domainManagement == 'AzureManaged' ? 'AzureManagedDomain' : customDomainName

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource emailDomain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: domainName
  location: 'global'
  tags: tags
  properties: {
    domainManagement: domainManagement
    // No tracking pixels or rewritten links in notices to customers.
    userEngagementTracking: 'Disabled'
  }
}

resource sender 'Microsoft.Communication/emailServices/domains/senderUsernames@2023-04-01' = {
  parent: emailDomain
  name: toLower(senderUsername)
  properties: {
    username: senderUsername
    displayName: senderUsername
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: linkDomain ? [
      emailDomain.id
    ] : []
  }
}

output communicationServiceName string = communicationService.name
output endpoint string = 'https://${communicationService.properties.hostName}'
output senderAddress string = '${sender.properties.username}@${emailDomain.properties.mailFromSenderDomain}'
output domainVerificationRecords object = emailDomain.properties.verificationRecords
