namespace CustomerService.Functions.Tests.Support.FakeAcs;

/// <summary>An SMS the fake "sent" to one recipient (once per repeatability id).</summary>
public sealed record FakeSms(string MessageId, string From, string To, string Message, string RepeatabilityRequestId, string RepeatabilityFirstSent, string? Tag);

/// <summary>An e-mail the fake "sent" (once per Operation-Id).</summary>
public sealed record FakeEmail(string OperationId, string Sender, IReadOnlyList<string> To, string Subject, string? PlainText, string? Html);
