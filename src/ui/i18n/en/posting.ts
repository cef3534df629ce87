import type { posting as nl } from '../nl/posting';

export const posting: { [K in keyof typeof nl]: string } = {
};
