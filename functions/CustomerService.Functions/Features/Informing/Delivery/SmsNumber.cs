namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// The E.164 form ACS needs, from how applicants write phone numbers on intake ("8 (913) 123-45-67",
/// "+7 913 …"). Russia and Kazakhstan share +7; a leading 8 with 11 digits is the domestic trunk
/// prefix. Anything else must already carry "+" and a country code. Pure.
/// </summary>
public static class SmsNumber
{
    public static string? ToE164(string? written)
    {
        if (string.IsNullOrWhiteSpace(written)) return null;
        var international = written.TrimStart().StartsWith('+');
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && (digits[0] is '7' or '8') && (!international || digits[0] == '7')) return "+7" + digits[1..];
        if (digits.Length == 10 && !international && digits[0] == '9') return "+7" + digits;
        return international && digits.Length is >= 8 and <= 15 && digits[0] != '0' ? "+" + digits : null;
    }
}
