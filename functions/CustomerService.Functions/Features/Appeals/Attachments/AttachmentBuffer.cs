using System.Security.Cryptography;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// One incoming file copied off the request before anything is stored: small files stay in
/// memory, larger ones go to a temporary file deleted on dispose. The byte limit is enforced while
/// reading, so an oversized upload is cut off after limit + 1 bytes instead of being read whole.
/// The SHA-256 is computed on the way in.
/// </summary>
public sealed class AttachmentBuffer : IAsyncDisposable
{
    internal const int InMemoryLimit = 1024 * 1024;
    private const int ChunkSize = 80 * 1024;

    private Stream _content;

    private AttachmentBuffer(Stream content) => _content = content;

    /// <summary>The buffered bytes, positioned at 0, seekable.</summary>
    public Stream Content => _content;

    public long Length { get; private set; }
    public bool ExceededLimit { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content (meaningless when <see cref="ExceededLimit"/>).</summary>
    public string Sha256 { get; private set; } = "";

    public static async Task<AttachmentBuffer> ReadAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = new AttachmentBuffer(new MemoryStream());
        try
        {
            await buffer.FillAsync(source, limit, cancellationToken).ConfigureAwait(false);
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task FillAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[ChunkSize];
        while (true)
        {
            // Never ask for more than one byte past the limit: that byte is enough to know it is too large.
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - Length);
            var read = await source.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            Length += read;
            if (Length > limit)
            {
                ExceededLimit = true;
                return;
            }
            if (_content is MemoryStream memory && memory.Length + read > InMemoryLimit) await SpillToFileAsync(memory, cancellationToken).ConfigureAwait(false);
            await _content.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            hash.AppendData(chunk, 0, read);
        }
        Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        _content.Position = 0;
    }

    private async Task SpillToFileAsync(MemoryStream memory, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"csf-attachment-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        memory.Position = 0;
        await memory.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        _content = file;
        await memory.DisposeAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _content.DisposeAsync();
}
