using AoPortal.Application.Abstractions;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// Hands one outbox message to the mail system. Delivering the same id twice must not make two messages where the
/// transport allows it (the pickup folder keeps one file per id) and must carry the same Message-ID where it does not (SMTP).
/// </summary>
public interface IEmailDelivery
{
    Task DeliverAsync(Guid messageId, EmailMessage message, CancellationToken cancellationToken);
}
