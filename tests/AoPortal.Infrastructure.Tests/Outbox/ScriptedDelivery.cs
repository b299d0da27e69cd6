using System.Collections.Concurrent;
using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Email;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>
/// The real delivery (the pickup folder, through <see cref="SmtpEmailSender"/>), with a script of what goes wrong:
/// refuse the next deliveries, or deliver and then fail (a crash between the send and recording it), or be slow.
/// Counts the deliveries that reached the mail system, per message.
/// </summary>
public sealed class ScriptedDelivery(IEmailDelivery real) : IEmailDelivery
{
    private int _refuseNext;
    private int _failAfterWritingNext;

    public ConcurrentDictionary<Guid, int> Delivered { get; } = new();

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next delivery begins, by which time the outbox holds its claim on the message.</summary>
    public Task NextDeliveryStarted()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _started, started);
        return started.Task;
    }

    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public void RefuseAll() => RefuseNext(int.MaxValue);

    public void FailAfterWritingNext(int count) => Interlocked.Exchange(ref _failAfterWritingNext, count);

    public async Task DeliverAsync(Guid messageId, EmailMessage message, CancellationToken cancellationToken)
    {
        Volatile.Read(ref _started).TrySetResult();
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        if (Take(ref _refuseNext)) throw new InvalidOperationException("Mailbox unavailable: the server said no");

        await real.DeliverAsync(messageId, message, cancellationToken);
        Delivered.AddOrUpdate(messageId, 1, (_, n) => n + 1);
        if (Take(ref _failAfterWritingNext)) throw new IOException("The process died after handing the message over");
    }

    private static bool Take(ref int counter)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current <= 0) return false;
            if (Interlocked.CompareExchange(ref counter, current - 1, current) == current) return true;
        }
    }
}
