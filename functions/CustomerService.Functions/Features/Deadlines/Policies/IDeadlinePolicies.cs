namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>Every policy version in force now (shipped, and those administrators added).</summary>
public interface IDeadlinePolicies
{
    DeadlinePolicyCatalog Catalog { get; }
}

/// <summary>Policies given up front (the shipped ones, or a test's).</summary>
public sealed class FixedPolicies(DeadlinePolicyCatalog catalog) : IDeadlinePolicies
{
    public DeadlinePolicyCatalog Catalog => catalog;
}
