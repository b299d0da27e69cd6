using AoPortal.Domain.Standards;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>The Teachers' Standards, for everyone signed in.</summary>
public sealed class StandardsController : Controller
{
    [HttpGet("/standards")]
    public IActionResult Index() => View(StandardsCatalogue.Current);
}
