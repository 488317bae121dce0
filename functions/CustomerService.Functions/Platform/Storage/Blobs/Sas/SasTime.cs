using System.Globalization;

namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>SAS times: ISO 8601 UTC to the second, the form the service documents and the SDKs send.</summary>
internal static class SasTime
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
