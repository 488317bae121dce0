using System.Security.Cryptography;
using System.Text;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Features.Appeals.Applicants;

/// <summary>
/// Partition keys of the applicant index: a keyed hash (HMAC-SHA256) of one normalised contact —
/// phone, e-mail or billing account — within one organization, so keys carry no personal data and,
/// in Azure, cannot be reversed by hashing every phone number: the key is derived from
/// <see cref="AppealsSettings.StatusCodeKey"/> (required there; rotating it starts a new, empty index).
/// Standalone (development, tests) uses a fixed key, so every local instance finds the same applicants.
/// </summary>
public sealed class ApplicantKeys(byte[] key)
{
    public static ApplicantKeys FromConfiguration(IConfiguration configuration, AppRuntime runtime)
    {
        var secret = runtime.Mode == RunMode.Hosted
            ? configuration[AppealsSettings.StatusCodeKey] is { Length: > 0 } configured ? configured : throw new InvalidOperationException($"{AppealsSettings.StatusCodeKey} must be set in hosted mode.")
            : "standalone-development-only";
        return new ApplicantKeys(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "applicant-index/v1"u8));
    }

    /// <summary>Every key the applicant can be found by (none for an appeal without contacts, e.g. an anonymous complaint-book entry).</summary>
    public IReadOnlyList<string> For(string organization, Applicant? applicant)
    {
        if (applicant is null) return [];
        var contacts = new List<string>();
        if (Phone(applicant.Phone) is { } phone) contacts.Add("phone:" + phone);
        if (Email(applicant.Email) is { } email) contacts.Add("email:" + email);
        if (Digits(applicant.BillingAccount) is { } account) contacts.Add("account:" + account);
        return contacts.Select(contact => Key(organization, contact)).Distinct().ToList();
    }

    private string Key(string organization, string contact) =>
        "a" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(organization + "\n" + contact)))[..40];

    /// <summary>Digits only; a Russian 8XXXXXXXXXX is the same line as +7XXXXXXXXXX.</summary>
    public static string? Phone(string? phone)
    {
        var digits = Digits(phone);
        if (digits is null || digits.Length < 6) return null;
        return digits.Length == 11 && digits[0] == '8' ? "7" + digits[1..] : digits;
    }

    public static string? Email(string? email) =>
        email?.Trim() is { Length: > 3 } trimmed && trimmed.Contains('@') ? trimmed.ToLowerInvariant() : null;

    private static string? Digits(string? text) =>
        text is null ? null : new string(text.Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } digits ? digits : null;
}
