using System.Threading.Channels;

namespace Traceability.Core.Audit;

/// <summary>
/// Group commit for the audit trail: records asked for at the same time are appended by one writer in one transaction,
/// and each caller's task completes only when its record is stored (a read is still answered only after its record is
/// written). Under concurrent load this turns one commit per request into one commit per batch; alone, a record is
/// written at once. If a batch fails, its records are retried one by one so that only a record that cannot be stored
/// fails its caller.
/// </summary>
public sealed class AuditBatcher : IAsyncDisposable
{
    private readonly IAuditStore _store;
    private readonly int _maxBatch;
    private readonly Channel<(AuditEvent Event, TaskCompletionSource<AuditRecord> Done)> _queue =
        Channel.CreateUnbounded<(AuditEvent, TaskCompletionSource<AuditRecord>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the writer over <paramref name="store"/>, at most <paramref name="maxBatch"/> records per transaction.</summary>
    public AuditBatcher(IAuditStore store, int maxBatch = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _store = store;
        _maxBatch = maxBatch;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Appends a record; completes when it is stored. Cancelling stops the wait, not the write.</summary>
    /// <exception cref="ObjectDisposedException">The batcher is shut down.</exception>
    public Task<AuditRecord> AppendAsync(AuditEvent e, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<AuditRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((e, done))) throw new ObjectDisposedException(nameof(AuditBatcher), "the audit writer is shut down");
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        var batch = new List<(AuditEvent Event, TaskCompletionSource<AuditRecord> Done)>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                var records = await _store.AppendManyAsync([.. batch.Select(b => b.Event)], CancellationToken.None);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(records[i]);
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var (e, done) in batch)
                {
                    try { done.TrySetResult(await _store.AppendAsync(e, CancellationToken.None)); }
                    catch (Exception one) { done.TrySetException(one); }
                }
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(e);
            }
            batch.Clear();
        }
    }

    /// <summary>Stores what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
