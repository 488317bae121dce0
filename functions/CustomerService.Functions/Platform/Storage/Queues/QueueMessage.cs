using System.Text;

namespace CustomerService.Functions.Platform.Storage.Queues;

/// <summary>A received message: hold on to <see cref="PopReceipt"/> to delete it or change its visibility.</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string RawText,
    QueueMessageEncoding Encoding,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleTime)
{
    /// <summary>The text as it was sent. Throws <see cref="FormatException"/> when a base64 queue holds a message that is not base64.</summary>
    public string MessageText => QueueText.Decode(RawText, Encoding);
}

/// <summary>A message seen without taking it (no pop receipt, dequeue count unchanged).</summary>
public sealed record PeekedMessage(string MessageId, string RawText, QueueMessageEncoding Encoding, long DequeueCount, DateTimeOffset InsertionTime, DateTimeOffset ExpirationTime)
{
    public string MessageText => QueueText.Decode(RawText, Encoding);
}

public sealed record SendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertionTime, DateTimeOffset ExpirationTime, DateTimeOffset NextVisibleTime);

public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleTime);

internal static class QueueText
{
    public static string Encode(string text, QueueMessageEncoding encoding) =>
        encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;

    public static string Decode(string raw, QueueMessageEncoding encoding) =>
        encoding == QueueMessageEncoding.Base64 ? new UTF8Encoding(false, true).GetString(Convert.FromBase64String(raw)) : raw;
}
