namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>What a blob SAS allows. Links we hand out are <see cref="Read"/> only.</summary>
[Flags]
public enum BlobSasPermissions
{
    Read = 1,
    Add = 2,
    Create = 4,
    Write = 8,
    Delete = 16,
    List = 32,
}

/// <summary>Which schemes a SAS may be used over (spr).</summary>
public enum SasProtocol
{
    /// <summary>spr=https — the only choice for links handed out in Azure.</summary>
    Https,

    /// <summary>spr=https,http — needed for the local emulator, which speaks plain HTTP.</summary>
    HttpsAndHttp,
}

internal static class SasFieldFormat
{
    /// <summary>The service requires the permission letters in this order (racwdl…).</summary>
    public static string Permissions(BlobSasPermissions permissions)
    {
        if (permissions == 0) throw new ArgumentException("A SAS needs at least one permission.", nameof(permissions));
        var letters = new (BlobSasPermissions Flag, char Letter)[]
        {
            (BlobSasPermissions.Read, 'r'), (BlobSasPermissions.Add, 'a'), (BlobSasPermissions.Create, 'c'),
            (BlobSasPermissions.Write, 'w'), (BlobSasPermissions.Delete, 'd'), (BlobSasPermissions.List, 'l'),
        };
        return new string(letters.Where(l => permissions.HasFlag(l.Flag)).Select(l => l.Letter).ToArray());
    }

    public static string Protocol(SasProtocol protocol) => protocol == SasProtocol.Https ? "https" : "https,http";
}
