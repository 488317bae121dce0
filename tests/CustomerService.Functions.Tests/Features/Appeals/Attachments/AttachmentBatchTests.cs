using CustomerService.Functions.Features.Appeals.Attachments;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

/// <summary>Limits are enforced while the files are read, before anything could be stored.</summary>
public sealed class AttachmentBatchTests
{
    private static AttachmentBatch Batch(long maxFile = 1000, int maxCount = 3, long maxTotal = 2500) =>
        new(new AttachmentPolicy(new AttachmentOptions { MaxFileBytes = maxFile, MaxCount = maxCount, MaxTotalBytes = maxTotal }));

    private static byte[] TextOf(int length) => Enumerable.Repeat((byte)'a', length).ToArray();

    [Fact]
    public async Task Accepts_files_within_the_limits_with_size_and_sha256()
    {
        await using var batch = Batch();

        Assert.True(await batch.AddAsync("a.txt", "text/plain", new MemoryStream(TextOf(1000)), default));
        Assert.True(await batch.AddAsync("b.pdf", null, new MemoryStream(SampleFiles.Pdf()), default));

        Assert.False(batch.HasProblems);
        Assert.Equal([1000L, SampleFiles.Pdf().Length], batch.Accepted.Select(a => a.Length));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TextOf(1000))), batch.Accepted[0].Sha256);
        Assert.Matches("^01-[0-9a-f]{12}$", batch.Accepted[0].Id);
        Assert.StartsWith("02-", batch.Accepted[1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_cut_off_after_limit_plus_one_bytes()
    {
        await using var batch = Batch();
        var endless = new CountingStream();

        Assert.False(await batch.AddAsync("big.txt", null, endless, default));

        Assert.Equal(1001, endless.BytesRead);
        Assert.Equal(["Файл \"big.txt\" больше 1000 байт."], batch.Problems);
        Assert.Empty(batch.Accepted);
    }

    [Fact]
    public async Task The_total_limit_shrinks_the_budget_of_later_files()
    {
        await using var batch = Batch();
        await batch.AddAsync("1.txt", null, new MemoryStream(TextOf(1000)), default);
        await batch.AddAsync("2.txt", null, new MemoryStream(TextOf(1000)), default);
        var third = new CountingStream();

        Assert.False(await batch.AddAsync("3.txt", null, third, default));

        Assert.Equal(501, third.BytesRead);
        Assert.Equal(["Файл \"3.txt\" не помещается: общий размер вложений не может превышать 2500 байт."], batch.Problems);
    }

    [Fact]
    public async Task Files_beyond_the_count_are_not_read_and_reported_once()
    {
        await using var batch = Batch(maxCount: 2);
        await batch.AddAsync("1.txt", null, new MemoryStream(TextOf(10)), default);
        await batch.AddAsync("2.txt", null, new MemoryStream(TextOf(10)), default);
        var third = new CountingStream();
        var fourth = new CountingStream();

        Assert.False(await batch.AddAsync("3.txt", null, third, default));
        Assert.False(await batch.AddAsync("4.txt", null, fourth, default));

        Assert.Equal(0, third.BytesRead + fourth.BytesRead);
        Assert.Equal(["К обращению можно приложить не больше 2 файлов."], batch.Problems);
    }

    [Fact]
    public async Task Refused_files_do_not_count_toward_the_limits()
    {
        await using var batch = Batch(maxCount: 1);

        Assert.False(await batch.AddAsync("virus.pdf", null, new MemoryStream(SampleFiles.WindowsExecutable()), default));

        Assert.Single(batch.Problems);
        Assert.Empty(batch.Accepted);
    }

    [Fact]
    public async Task Large_files_spill_to_a_temporary_file_that_is_deleted_on_dispose()
    {
        var size = AttachmentBuffer.InMemoryLimit * 3;
        var content = TextOf(size);
        var buffer = await AttachmentBuffer.ReadAsync(new MemoryStream(content), size, default);

        var file = Assert.IsType<FileStream>(buffer.Content);
        var path = file.Name;
        Assert.True(File.Exists(path));
        Assert.Equal(size, buffer.Length);
        Assert.Equal(content, ReadAll(buffer.Content));

        await buffer.DisposeAsync();
        Assert.False(File.Exists(path));
    }

    private static byte[] ReadAll(Stream stream)
    {
        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An endless upload of 'a's that counts what was read from it.</summary>
    private sealed class CountingStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)'a');
            BytesRead += buffer.Length;
            return buffer.Length;
        }
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
