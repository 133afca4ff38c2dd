/** The CMS refusals as the site's forms show them; the rules live in src/domain/forms/refusal.ts. */
export * from '../../domain/forms/refusal'
