using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Eligibility;
using FluentValidation;

namespace AoPortal.Application.Features.Review;

/// <summary>The provider's decisions on a submitted application: return it for changes, accept or reject it. The candidate is emailed each.</summary>
public static class DecideApplication
{
    /// <summary>A message to the candidate: what to change, or why the application is rejected.</summary>
    public sealed class Message
    {
        public string? Text { get; set; }
    }

    public sealed class Validator : AbstractValidator<Message>
    {
        public Validator() => RuleFor(m => m.Text).RequiredText("Enter a message for the candidate", "Message", 2000);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IEmailSender email, TimeProvider clock)
    {
        public async Task Return(Guid candidateId, Message message, CancellationToken cancellationToken)
        {
            var candidate = await ReviewedCandidate.ChangeAsync(db, currentUser, candidateId,
                c => [c.Return(message.Text!, currentUser.Actor, Now)], cancellationToken);
            await ReviewedCandidate.TellCandidateAsync(email, candidate, "Your application has been returned to you",
                $"Your provider has returned your application so that you can change it:\n\n{message.Text}", cancellationToken);
        }

        public async Task Accept(Guid candidateId, CancellationToken cancellationToken)
        {
            var policy = await CurrentPolicy.LoadAsync(db, cancellationToken);
            var candidate = await ReviewedCandidate.ChangeAsync(db, currentUser, candidateId,
                c => [c.Accept(policy, currentUser.Actor, Now, UkDate.Today(clock))], cancellationToken);
            await ReviewedCandidate.TellCandidateAsync(email, candidate, "Your application has been accepted",
                "Your provider has accepted your application for the Assessment Only route. They will contact you to agree when your assessment starts.", cancellationToken);
        }

        public async Task Reject(Guid candidateId, Message reason, CancellationToken cancellationToken)
        {
            var policy = await CurrentPolicy.LoadAsync(db, cancellationToken);
            var candidate = await ReviewedCandidate.ChangeAsync(db, currentUser, candidateId,
                c => [c.Reject(reason.Text!, policy, currentUser.Actor, Now)], cancellationToken);
            await ReviewedCandidate.TellCandidateAsync(email, candidate, "Your application has not been accepted",
                $"Your provider has not accepted your application for the Assessment Only route:\n\n{reason.Text}", cancellationToken);
        }

        private DateTime Now => clock.GetUtcNow().UtcDateTime;
    }
}
