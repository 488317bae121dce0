using Azure;

namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// The current version of one document: its value, its version number (1, 2, …) and the
/// <see cref="ETag"/> to pass back to <see cref="DocumentStore.PutAsync{T}"/> for the next change.
/// </summary>
public sealed record StoredDocument<T>(string Kind, string Id, T Value, int Version, ETag ETag, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>One version of a document as kept in its history (newest first in <see cref="DocumentStore.HistoryAsync"/>).</summary>
/// <param name="Json">The document as stored, so a caller can show or restore it without knowing its type.</param>
public sealed record DocumentRevision(string Kind, string Id, int Version, DateTimeOffset ChangedAt, string ChangedBy, string Json);
