using Microsoft.AspNetCore.Identity;

namespace Medk.Data.Accounts;

/// <summary>An account. Roles are not Identity roles: they are held in organizations (<see cref="Core.Platform.Access.RoleAssignment"/>).</summary>
public class MedkUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 200;

    public string FullName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
