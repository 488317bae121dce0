namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// The files of one appeal, collected and checked before anything is stored. Add each file as it
/// arrives (e.g. per multipart section); if <see cref="Problems"/> is empty at the end, hand the
/// batch to <see cref="AppealAttachments.SaveAsync"/>. Dispose it to delete temporary buffers.
/// </summary>
public sealed class AttachmentBatch(AttachmentPolicy policy) : IAsyncDisposable
{
    private readonly List<AcceptedAttachment> _accepted = [];
    private readonly List<string> _problems = [];
    private int _offered;

    public IReadOnlyList<AcceptedAttachment> Accepted => _accepted;

    /// <summary>Russian messages for the sender, one per refused file (plus one for too many files).</summary>
    public IReadOnlyList<string> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Reads and checks one file; true if it was accepted. <paramref name="content"/> is read at most to the byte budget + 1.</summary>
    public async Task<bool> AddAsync(string? fileName, string? declaredContentType, Stream content, CancellationToken cancellationToken)
    {
        _offered++;
        if (policy.CheckCount(_offered - 1) is { } tooMany)
        {
            // The file is not read at all; one message covers every extra file.
            if (!_problems.Contains(tooMany)) _problems.Add(tooMany);
            return false;
        }
        var budget = policy.ByteBudget(_accepted.Sum(a => a.Length));
        var buffer = await AttachmentBuffer.ReadAsync(content, budget, cancellationToken).ConfigureAwait(false);
        var verdict = buffer.ExceededLimit
            ? AttachmentVerdict.Refused(policy.TooLarge(AttachmentFileName.Sanitize(fileName), budget))
            : policy.Check(fileName, declaredContentType, buffer.Content);
        if (!verdict.IsAccepted)
        {
            _problems.Add(verdict.Refusal!);
            await buffer.DisposeAsync().ConfigureAwait(false);
            return false;
        }
        _accepted.Add(new AcceptedAttachment(_accepted.Count + 1, verdict.Type!, verdict.SafeName!, buffer));
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var accepted in _accepted) await accepted.Buffer.DisposeAsync().ConfigureAwait(false);
        _accepted.Clear();
    }
}

/// <summary>A checked file waiting to be stored; <see cref="Id"/> is stable for the same position and content, so a retried save overwrites instead of duplicating.</summary>
public sealed record AcceptedAttachment(int Index, AttachmentType Type, string FileName, AttachmentBuffer Buffer)
{
    public long Length => Buffer.Length;
    public string Sha256 => Buffer.Sha256;
    public string Id => AttachmentIds.For(Index, Sha256);
}
