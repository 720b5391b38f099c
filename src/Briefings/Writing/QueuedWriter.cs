using System.Collections.Concurrent;

namespace Briefings.Writing;

/// <summary>
/// Hands files to background threads that write them, so the threads rendering pages never wait on
/// the disk: a build is as much file creation as rendering, and with two cores a blocked renderer is
/// half the machine idle. The queue is bounded, so memory stays flat however many pages there are.
/// </summary>
public sealed class QueuedWriter : IOutputWriter, IDisposable
{
    private readonly IOutputWriter _inner;
    private readonly BlockingCollection<(string Path, byte[] Bytes, int Length, bool Pooled)> _queue = new(boundedCapacity: 256);
    private readonly Task[] _workers;
    private readonly ConcurrentQueue<Exception> _failures = new();

    public QueuedWriter(IOutputWriter inner, int writers = 2)
    {
        _inner = inner;
        _workers = Enumerable.Range(0, writers).Select(_ => Task.Factory.StartNew(Drain, TaskCreationOptions.LongRunning)).ToArray();
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        ThrowIfFailed();
        _queue.Add((relativePath, bytes.ToArray(), bytes.Length, false));
    }

    /// <summary>Queues the pooled buffer itself; the writer thread returns it to the pool.</summary>
    public void WritePooled(string relativePath, byte[] pooled, int length)
    {
        try
        {
            ThrowIfFailed();
        }
        catch
        {
            OutputBuffers.Pool.Return(pooled);
            throw;
        }

        _queue.Add((relativePath, pooled, length, true));
    }

    /// <summary>
    /// Opened on the inner writer: the caller's thread writes the file's pieces itself, as a queue of whole files would
    /// hold a large one whole.
    /// </summary>
    public OutputFile Open(string relativePath)
    {
        ThrowIfFailed();
        return _inner.Open(relativePath);
    }

    /// <summary>Waits until every queued file is written, and rethrows the first failure of a writer.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        Task.WaitAll(_workers);
        ThrowIfFailed();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
            Task.WaitAll(_workers);
        }

        _queue.Dispose();
    }

    private void Drain()
    {
        foreach (var (path, bytes, length, pooled) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failures.IsEmpty)
                {
                    _inner.Write(path, bytes.AsSpan(0, length));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputPathException)
            {
                _failures.Enqueue(e);
            }
            finally
            {
                if (pooled)
                {
                    OutputBuffers.Pool.Return(bytes);
                }
            }
        }
    }

    private void ThrowIfFailed()
    {
        if (_failures.TryPeek(out var failure))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
