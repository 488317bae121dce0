using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>One free-text field: trimmed, empty → null, length, control characters and markup checked.</summary>
internal static class FreeText
{
    public static string? Check(string? text, string field, int maxLength, bool multiline, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (trimmed.Length > maxLength) problems.Add(field, IntakeTexts.TooLong(maxLength));
        if (ContactFormats.HasControlCharacters(trimmed, multiline)) problems.Add(field, IntakeTexts.ControlCharacters);
        if (ContactFormats.HasMarkup(trimmed)) problems.Add(field, IntakeTexts.Markup);
        return trimmed;
    }
}
