namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>The currency amounts are written in: the organization's (roubles in Russia, tenge in Kazakhstan).</summary>
public enum Currency
{
    Rub,
    Kzt,
}
