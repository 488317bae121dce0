namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// Spreadsheet formula injection (CSV injection, OWASP): a cell whose text starts with
/// = + - @ tab or CR may be run as a formula by Excel or LibreOffice (e.g. <c>=HYPERLINK(…)</c>
/// in an applicant's text). A leading apostrophe makes the program show the text as text.
/// </summary>
public static class FormulaGuard
{
    public static bool IsDangerous(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Neutralise(string text) => IsDangerous(text) ? "'" + text : text;
}
