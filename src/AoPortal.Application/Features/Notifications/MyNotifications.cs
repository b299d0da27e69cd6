using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Notifications;

/// <summary>
/// The signed-in person's notifications, newest first, 20 a page. Opening the list is reading it: the ones shown as new
/// are marked read as the page is made, so the count in the header goes back to none. Three queries: the count, the page,
/// and the update.
/// </summary>
public static class MyNotifications
{
    public const int PageSize = 20;

    public sealed record Item(Guid Id, string Subject, string Body, string? Link, bool IsReminder, DateTime CreatedAt, bool IsNew);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, IUnreadNotificationCounts counts)
    {
        public async Task<PagedList<Item>> Handle(int page, CancellationToken cancellationToken)
        {
            var userId = currentUser.RequiredUserId();
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
            var total = await mine.CountAsync(cancellationToken);
            var current = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var items = await mine
                .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
                .Skip((current - 1) * PageSize).Take(PageSize)
                .Select(n => new Item(n.Id, n.Subject, n.Body, n.Link, n.ReminderKey != null, n.CreatedAt, n.ReadAt == null))
                .ToListAsync(cancellationToken);

            var shownNew = items.Where(i => i.IsNew).Select(i => i.Id).ToList();
            if (shownNew.Count > 0)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Notifications.Where(n => n.UserId == userId && shownNew.Contains(n.Id) && n.ReadAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
                counts.MarkedRead(userId);
            }

            return new PagedList<Item>(items, current, PageSize, total);
        }
    }
}
