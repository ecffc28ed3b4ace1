using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Medk.Web.Infrastructure;

/// <summary>
/// Features are grouped by programme (Platform, Planning, Monitoring, FiveHundredPlus); the programme is a folder for
/// the reader of the code, not a part of the address a person sees or bookmarks. Drops it from each page's route.
/// </summary>
public sealed class ProgrammeFolderRoutes : IPageRouteModelConvention
{
    public static readonly string[] Programmes = ["Platform", "Planning", "Monitoring", "FiveHundredPlus"];

    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null)
            {
                continue;
            }
            var slash = template.IndexOf('/');
            var first = slash < 0 ? template : template[..slash];
            if (Programmes.Contains(first, StringComparer.Ordinal))
            {
                selector.AttributeRouteModel!.Template = slash < 0 ? "" : template[(slash + 1)..];
            }
        }
    }
}
