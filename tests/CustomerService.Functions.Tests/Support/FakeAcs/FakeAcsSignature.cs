using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CustomerService.Functions.Tests.Support.FakeAcs;

/// <summary>
/// Checks a request's ACS HMAC-SHA256 signature the way the service does, written here from the
/// published scheme (not with the product's code, so the fake is an independent check of it).
/// </summary>
internal static class FakeAcsSignature
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public static string? Problem(HttpContext context, byte[] body, string accessKey, DateTimeOffset now)
    {
        var headers = context.Request.Headers;
        var date = headers["x-ms-date"].ToString();
        var hash = headers["x-ms-content-sha256"].ToString();
        var authorization = headers.Authorization.ToString();
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)) return "x-ms-date missing or not RFC 1123";
        if ((now - signedAt).Duration() > AllowedSkew) return "x-ms-date too far from now";
        if (hash != Convert.ToBase64String(SHA256.HashData(body))) return "x-ms-content-sha256 does not match the body";
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var stringToSign = $"{context.Request.Method}\n{target}\n{date};{context.Request.Host.Value};{hash}";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(accessKey), Encoding.UTF8.GetBytes(stringToSign)));
        return authorization == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={expected}" ? null : "signature does not match";
    }
}
