using System.Reflection;
using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Tests.Platform.Configuration;

/// <summary>One <c>[AppSetting]</c> declaration found in the handler assembly.</summary>
public sealed record DeclaredSetting(string Name, SettingSource Source, bool Optional, string Description, string DeclaredIn)
{
    /// <summary>The name as an environment variable / Azure app setting.</summary>
    public string EnvName => Name.Replace(":", "__", StringComparison.Ordinal);

    public override string ToString() =>
        $"'{Name}' (app setting '{EnvName}', {Source}{(Optional ? ", optional" : "")}, declared in {DeclaredIn})";
}

public static class DeclaredSettings
{
    private const BindingFlags AllFields = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<DeclaredSetting> In(Assembly assembly) =>
        MarkedFields(assembly)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => new DeclaredSetting((string)f.GetRawConstantValue()!, f.GetCustomAttribute<AppSettingAttribute>()!.Source,
                f.GetCustomAttribute<AppSettingAttribute>()!.Optional, f.GetCustomAttribute<AppSettingAttribute>()!.Description,
                $"{f.DeclaringType!.FullName}.{f.Name}"))
            .ToList();

    /// <summary>Fields carrying [AppSetting] that are not <c>const string</c> (the test rejects them:
    /// a static field can change at run time, so the declared name would prove nothing).</summary>
    public static IEnumerable<string> Misdeclared(Assembly assembly) =>
        MarkedFields(assembly)
            .Where(f => !(f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

    private static IEnumerable<FieldInfo> MarkedFields(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetFields(AllFields))
            .Where(f => f.IsDefined(typeof(AppSettingAttribute), inherit: false));
}
