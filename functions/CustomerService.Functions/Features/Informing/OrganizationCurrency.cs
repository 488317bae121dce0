using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing;

public static class OrganizationCurrency
{
    /// <summary>Customers are billed in their country's currency: tenge for a Kazakh supplier (004), roubles otherwise.</summary>
    public static Currency Currency(this OrganizationProfile profile) => profile.Jurisdiction == Jurisdiction.KZ ? Scenarios.Currency.Kzt : Scenarios.Currency.Rub;
}
