namespace CustomerService.Functions.Tests.Support.FakeAcs;

/// <summary>What the fake does to the next request instead of (or after) serving it.</summary>
public abstract record FakeAcsFault
{
    /// <summary>Answers with this status (and a <c>Retry-After</c> when given) without doing anything.</summary>
    public sealed record Status(int Code, int? RetryAfterSeconds = null) : FakeAcsFault;

    /// <summary>Never answers (until the client gives up and closes the connection): a lost request.</summary>
    public sealed record Hang : FakeAcsFault;

    /// <summary>Does the work (the message is sent), then never answers: the response is lost.</summary>
    public sealed record AcceptThenHang : FakeAcsFault;
}
