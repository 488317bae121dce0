using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// Entry point to the account's table service: creates and deletes tables and hands out one
/// <see cref="TableClient"/> per table (https://learn.microsoft.com/rest/api/storageservices/table-service-rest-api).
/// </summary>
public sealed class TableServiceClient
{
    private readonly StoragePipeline _pipeline;

    public TableServiceClient(StorageConnection connection, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _pipeline = new StoragePipeline(connection, StorageService.Table, options);
        Uri = new Uri(connection.TableEndpoint.ToString().TrimEnd('/'));
    }

    public Uri Uri { get; }

    public TableClient GetTableClient(string tableName)
    {
        ValidateTableName(tableName);
        return new TableClient(_pipeline, Uri, tableName);
    }

    /// <summary>Creates the table; true if it was created, false if it already existed.</summary>
    public Task<bool> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes the table; true if it existed. The service reuses the name only after some time.</summary>
    public Task<bool> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteIfExistsAsync(cancellationToken);

    /// <summary>Names are 3–63 letters and digits starting with a letter; "tables" is reserved.</summary>
    public static void ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        var valid = tableName.Length is >= 3 and <= 63 && char.IsAsciiLetter(tableName[0]) && tableName.All(char.IsAsciiLetterOrDigit)
                    && !tableName.Equals("tables", StringComparison.OrdinalIgnoreCase);
        if (!valid) throw new ArgumentException($"'{tableName}' is not a valid table name (3–63 ASCII letters and digits, starting with a letter, not 'tables').", nameof(tableName));
    }
}
