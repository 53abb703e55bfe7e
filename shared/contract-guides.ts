// IPC channels for guides: reading progress, apology drafts. Merged into `contract` in ./contract.ts.

export const guideChannels = {} as const;
