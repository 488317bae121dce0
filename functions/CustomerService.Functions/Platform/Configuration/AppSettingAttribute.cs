namespace CustomerService.Functions.Platform.Configuration;

/// <summary>
/// Marks a <c>const string</c> field as the name of an app setting the code reads. Every area
/// declares its own settings this way; tests check the declared set against
/// <c>infra/bicep/main.bicep</c>, <c>local.settings.sample.json</c> and the source, so a setting
/// can't be read in code yet forgotten in deployment (or the reverse).
/// Names use the configuration form with <c>:</c>; in app settings and environment variables
/// the separator is <c>__</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class AppSettingAttribute(string description) : Attribute
{
    public string Description { get; } = description;

    /// <summary>Who provides the value in Azure.</summary>
    public SettingSource Source { get; init; } = SettingSource.Deployment;

    /// <summary>True when the app runs correctly without it (a default applies).</summary>
    public bool Optional { get; init; }
}

public enum SettingSource
{
    /// <summary>Set by infra/bicep/main.bicep.</summary>
    Deployment,

    /// <summary>Set by the Azure Functions host or App Service itself (never by us).</summary>
    Platform,

    /// <summary>Only meaningful when running standalone (local development, tests, a VM).</summary>
    StandaloneOnly,
}
