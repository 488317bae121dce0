namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>Wire names and headers of the Table REST API (JSON payloads, OData 3.0).</summary>
internal static class TableConstants
{
    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";
    public const string ETagProperty = "odata.etag";
    public const string TypeSuffix = "@odata.type";

    /// <summary>Reads ask for minimal metadata so Int64, DateTime, Guid and Binary come back annotated.</summary>
    public const string AcceptMinimalMetadata = "application/json;odata=minimalmetadata";
    public const string JsonContentType = "application/json";
    public const string ReturnNoContent = "return-no-content";
    public const string DataServiceVersion = "3.0";

    public const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    public const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";
}

/// <summary>Error codes the Table service returns in <see cref="Azure.RequestFailedException.ErrorCode"/>.</summary>
public static class TableErrorCodes
{
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string TableAlreadyExists = "TableAlreadyExists";
    public const string TableNotFound = "TableNotFound";
    public const string EntityTooLarge = "EntityTooLarge";
    public const string InvalidInput = "InvalidInput";
}

/// <summary>How a write treats properties the entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep stored properties the entity does not mention.</summary>
    Merge,

    /// <summary>Store exactly the entity's properties; others are dropped.</summary>
    Replace,
}
