using System.Globalization;
using System.Security;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Queues;

/// <summary>
/// One storage queue over the Queue REST API (https://learn.microsoft.com/rest/api/storageservices/queue-service-rest-api).
/// Limits that shape callers: message ≤ 64 KiB after encoding, visibility ≤ 7 days, ≤ 32 messages per get.
/// </summary>
public sealed class QueueClient
{
    public const int MaxMessagesPerReceive = 32;
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);
    private readonly StoragePipeline _pipeline;
    private readonly QueueMessageEncoding _encoding;

    internal QueueClient(StoragePipeline pipeline, string name, QueueMessageEncoding encoding)
    {
        _pipeline = pipeline;
        _encoding = encoding;
        Name = name;
        Uri = new Uri($"{pipeline.Connection.QueueEndpoint.ToString().TrimEnd('/')}/{name}");
    }

    public string Name { get; }
    public Uri Uri { get; }

    /// <summary>Creates the queue; true if it was created, false if it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Put, Uri);
        try
        {
            var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return response.Status == 201;
        }
        catch (RequestFailedException e) when (e.ErrorCode == "QueueAlreadyExists")
        {
            return false;
        }
    }

    /// <summary>Deletes the queue. Avoid on Azurite for queues holding tens of thousands of messages (its GC stalls).</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, Uri);
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <param name="visibilityDelay">How long the message stays invisible (a timer's delay), ≤ 7 days.</param>
    /// <param name="timeToLive">Lifetime; <see cref="Timeout.InfiniteTimeSpan"/> never expires; default 7 days.</param>
    public async Task<SendReceipt> SendMessageAsync(string text, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var uri = new RequestUriBuilder();
        uri.Reset(MessagesUri);
        if (visibilityDelay is { } delay) uri.AppendQuery("visibilitytimeout", Seconds(CheckVisibility(delay)));
        if (timeToLive is { } ttl) uri.AppendQuery("messagettl", ttl == Timeout.InfiniteTimeSpan ? "-1" : Seconds(ttl));
        using var message = _pipeline.CreateMessage(RequestMethod.Post, uri.ToUri());
        SetXmlBody(message, QueueText.Encode(text, _encoding));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var item = ParseMessages(response).Single();
        return new SendReceipt(item.Value("MessageId"), item.Value("PopReceipt"), item.Time("InsertionTime"), item.Time("ExpirationTime"), item.Time("TimeNextVisible"));
    }

    /// <summary>Takes up to <paramref name="maxMessages"/> (1–32) messages, hiding them for <paramref name="visibilityTimeout"/> (default 30 s).</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxMessagesPerReceive);
        var uri = new RequestUriBuilder();
        uri.Reset(MessagesUri);
        uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        if (visibilityTimeout is { } timeout) uri.AppendQuery("visibilitytimeout", Seconds(CheckVisibility(timeout)));
        using var message = _pipeline.CreateMessage(RequestMethod.Get, uri.ToUri());
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ParseMessages(response)
            .Select(m => new QueueMessage(m.Value("MessageId"), m.Value("PopReceipt"), m.Value("MessageText"), _encoding,
                long.Parse(m.Value("DequeueCount"), CultureInfo.InvariantCulture), m.Time("InsertionTime"), m.Time("ExpirationTime"), m.Time("TimeNextVisible")))
            .ToList();
    }

    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxMessagesPerReceive);
        var uri = new RequestUriBuilder();
        uri.Reset(MessagesUri);
        uri.AppendQuery("peekonly", "true");
        uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        using var message = _pipeline.CreateMessage(RequestMethod.Get, uri.ToUri());
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ParseMessages(response)
            .Select(m => new PeekedMessage(m.Value("MessageId"), m.Value("MessageText"), _encoding,
                long.Parse(m.Value("DequeueCount"), CultureInfo.InvariantCulture), m.Time("InsertionTime"), m.Time("ExpirationTime")))
            .ToList();
    }

    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, MessageUri(messageId, popReceipt, null));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes when the message becomes visible again (and optionally its text); returns the new pop receipt.</summary>
    public async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, string? text = null, CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Put, MessageUri(messageId, popReceipt, CheckVisibility(visibilityTimeout)));
        if (text is not null) SetXmlBody(message, QueueText.Encode(text, _encoding));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-popreceipt", out var receipt);
        response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible);
        return new UpdateReceipt(receipt ?? throw new InvalidOperationException("No x-ms-popreceipt in the update response"),
            DateTimeOffset.Parse(nextVisible ?? throw new InvalidOperationException("No x-ms-time-next-visible"), CultureInfo.InvariantCulture));
    }

    /// <summary>The service's approximate count of messages, visible or not.</summary>
    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, new Uri(Uri + "?comp=metadata"));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("No x-ms-approximate-messages-count in the response");
    }

    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, MessagesUri);
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private Uri MessagesUri => new(Uri + "/messages");

    private Uri MessageUri(string messageId, string popReceipt, TimeSpan? visibility)
    {
        var uri = new RequestUriBuilder();
        uri.Reset(new Uri($"{Uri}/messages/{Uri.EscapeDataString(messageId)}"));
        uri.AppendQuery("popreceipt", popReceipt);
        if (visibility is { } v) uri.AppendQuery("visibilitytimeout", Seconds(v));
        return uri.ToUri();
    }

    private static TimeSpan CheckVisibility(TimeSpan value) =>
        value < TimeSpan.Zero || value > MaxVisibilityTimeout
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "Queue visibility must be between 0 and 7 days.")
            : value;

    private static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static void SetXmlBody(HttpMessage message, string text)
    {
        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        message.Request.Content = RequestContent.Create(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessage><MessageText>{SecurityElement.Escape(text)}</MessageText></QueueMessage>");
    }

    private static IEnumerable<XElement> ParseMessages(Response response) =>
        XDocument.Parse(response.Content.ToString()).Root?.Elements("QueueMessage") ?? [];
}

internal static class QueueXml
{
    public static string Value(this XElement element, string name) =>
        element.Element(name)?.Value ?? throw new InvalidOperationException($"Queue response lacks {name}");

    public static DateTimeOffset Time(this XElement element, string name) =>
        DateTimeOffset.Parse(element.Value(name), CultureInfo.InvariantCulture);
}
