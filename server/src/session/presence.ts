/** Who has a control connection open, per workshop (a person may have several tabs). */
export class Presence {
  private readonly byWorkshop = new Map<string, Map<string, number>>();

  connect(workshopId: string, participantId: string): void {
    const counts = this.byWorkshop.get(workshopId) ?? new Map<string, number>();
    counts.set(participantId, (counts.get(participantId) ?? 0) + 1);
    this.byWorkshop.set(workshopId, counts);
  }

  disconnect(workshopId: string, participantId: string): void {
    const counts = this.byWorkshop.get(workshopId);
    if (!counts) return;
    const n = (counts.get(participantId) ?? 0) - 1;
    if (n > 0) counts.set(participantId, n);
    else counts.delete(participantId);
    if (counts.size === 0) this.byWorkshop.delete(workshopId);
  }

  isOnline(workshopId: string, participantId: string): boolean {
    return (this.byWorkshop.get(workshopId)?.get(participantId) ?? 0) > 0;
  }
}
