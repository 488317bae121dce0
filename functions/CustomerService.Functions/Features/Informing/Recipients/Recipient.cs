namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>The channels a recipient can be informed by (issue #5: SMS and e-mail).</summary>
public static class RecipientChannels
{
    public const string Sms = "sms";
    public const string Email = "email";
}

/// <summary>
/// One accepted recipient of a list: contacts normalised (E.164, lower-case e-mail), the channel
/// chosen for them, or why they will be skipped. <see cref="Lines"/> are the file lines merged into it.
/// </summary>
/// <param name="Amount">Exact amount in roubles, when the list has one.</param>
/// <param name="PreferredChannel">What the list asked for (<c>sms</c>/<c>email</c>), or null to choose by the contacts.</param>
/// <param name="Consent">False when the list says the customer did not agree to be informed; null when the list says nothing (contacts from the contract, SEED_REQUIREMENTS AI-10/AI-11).</param>
/// <param name="Channel">The channel the message will go by; null when skipped.</param>
/// <param name="SkipReason">Russian reason when the recipient is kept but will not be informed (opt-out, no consent).</param>
public sealed record Recipient(
    string Account, string? Name, decimal? Amount, string? Phone, string? Email, string? Address, string? PreferredChannel, bool? Consent, string? Language,
    IReadOnlyList<int> Lines, string? Channel = null, string? SkipReason = null);

/// <summary>A rejected row's problem for the validation report: the file line, the column, a Russian message.</summary>
public sealed record RowProblem(int Line, string Field, string Message);

/// <summary>A later line for an account already seen: merged into the first (its empty fields filled), never sent twice.</summary>
public sealed record RowMerge(int Line, int IntoLine, string Account);
