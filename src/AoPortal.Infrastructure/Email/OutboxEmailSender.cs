using AoPortal.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// The portal's <see cref="IEmailSender"/>: stores each email in the outbox (in a database context of its own), then
/// delivers it at once, so the email is normally out before the request that sent it answers. When delivery fails the
/// caller carries on: the message waits in the outbox and <see cref="OutboxDispatcher"/> tries again with backoff.
/// </summary>
public sealed class OutboxEmailSender(EmailOutbox outbox, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var (id, delivered) = await outbox.QueueAndSendAsync(message, cancellationToken);
        if (!delivered) logger.LogWarning("Email {OutboxMessageId} is queued and will be sent later", id);
    }
}
