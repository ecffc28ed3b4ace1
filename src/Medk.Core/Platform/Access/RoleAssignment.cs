namespace Medk.Core.Platform.Access;

/// <summary>A role a user holds in an organization.</summary>
public class RoleAssignment
{
    private RoleAssignment()
    {
    }

    public RoleAssignment(Guid userId, Role role, int organizationId)
    {
        UserId = userId;
        Role = role;
        OrganizationId = organizationId;
    }

    public int Id { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public int OrganizationId { get; private set; }
}
